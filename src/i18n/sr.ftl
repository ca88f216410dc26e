# Interface texts, Serbian (Latin script; the Cyrillic texts are generated from these).
# Fluent syntax (https://projectfluent.org). Keep every key and every { $placeable } as in en.ftl;
# counts select a plural form: [one], [few] and *[other] (CLDR: 1, 21 one; 2-4, 22-24 few; 5-20, 25 other).
# The build (build.rs) fails with the file and line on a missing or extra key, a misspelled
# placeable or a missing plural form.

site_name = Pregled dijaloga
site_tagline = Dijalog Kosova i Srbije uz posredovanje EU: sporazumi, događaji i sprovođenje, uz izvor za svaku tvrdnju.
skip_to_content = Pređi na sadržaj
nav_label = Glavna navigacija
nav_home = Početna
nav_agreements = Sporazumi
nav_glossary = Pojmovnik
nav_about = O projektu
language_label = Jezik
footer_text = Nezavisna javna evidencija dijaloga Kosova i Srbije uz posredovanje Evropske unije. Svaka tvrdnja upućuje na svoj izvor.
footer_licence = Podaci: CC BY 4.0. Kod: MIT.
not_found_title = Stranica nije pronađena
not_found_text = Na ovoj adresi nema stranice. Možda je adresa pogrešno upisana ili je zapis premešten.
not_found_back = Idi na početnu stranicu
home_title = Dijalog Kosova i Srbije: sporazumi, događaji, sprovođenje
home_description = Svi sporazumi iz dijaloga Kosova i Srbije uz posredovanje EU od 2011. godine, šta menjaju za građane i koliko su sprovedeni, uz izvore.
home_intro_1 = Od marta 2011. godine Kosovo i Srbija pregovaraju uz posredovanje Evropske unije. Razgovori su počeli od praktičnih pitanja svakodnevnog života: prelaska s jedne strane na drugu, matičnih knjiga, carinskih pečata, katastarskih evidencija i univerzitetskih diploma.
home_intro_2 = Od oktobra 2012. dijalog se vodi na nivou premijera, a kasnije i predsednika. Iz njega su proistekli Prvi sporazum iz aprila 2013, sporazumi o pravosuđu, energetici i telekomunikacijama, a 2023. i Sporazum o putu ka normalizaciji sa Aneksom o sprovođenju.
home_intro_3 = Mnoge odredbe sprovedene su samo delimično, neke nimalo, a neke su poništene. Ovaj sajt beleži svaki sporazum, šta menja za građane i dokle se stiglo sa sprovođenjem, uz izvor za svaku tvrdnju.
home_figures = Ključni podaci
figure_agreements =
    { $n ->
        [one] sporazum ili dogovor
        [few] sporazuma i dogovora
        *[other] sporazuma i dogovora
    }
figure_provisions =
    { $n ->
        [one] praćena odredba
        [few] praćene odredbe
        *[other] praćenih odredbi
    }
figure_events =
    { $n ->
        [one] datiran događaj
        [few] datirana događaja
        *[other] datiranih događaja
    }
figure_implemented =
    { $n ->
        [one] odredba sprovedena u potpunosti, prema poslednjoj oceni
        [few] odredbe sprovedene u potpunosti, prema poslednjoj oceni
        *[other] odredbi sprovedenih u potpunosti, prema poslednjoj oceni
    }
figure_sources =
    { $n ->
        [one] naveden izvor
        [few] navedena izvora
        *[other] navedenih izvora
    }
home_latest = Najnoviji događaji
home_all_agreements = Svi sporazumi
home_ways_in = Odakle početi
way_agreements = Svi sporazumi, od najnovijeg, po fazi i temi.
way_glossary = Pojmovi i skraćenice koje koristi svaka strana, objašnjeni.
way_about = Ko je napravio ovaj sajt, kako se ocenjuje sprovođenje, kako se citira.
agreements_title = Sporazumi
agreements_description = Svi sporazumi, dogovori, zaključci i deklaracije iz dijaloga Kosova i Srbije od 2011. godine, od najnovijeg.
agreements_intro = Svi sporazumi, dogovori, zaključci i deklaracije postignuti u dijalogu, od najnovijeg. Izaberite fazu ili temu da suzite spisak.
filter_phase = Faza
filter_theme = Tema
filter_all = Sve
filter_reset = Poništi filtere
filter_submit = Primeni
no_script_filters = Bez { "JavaScript" }-a ova stranica ne može da primeni filtere ni datum iz adrese: prikazuje sve, prema najnovijim ocenama.
no_script_unfiltered = Otvori stranicu bez filtera
agreements_count =
    { $total ->
        [one] { $n } od { $total } sporazuma
        [few] { $n } od { $total } sporazuma
        *[other] { $n } od { $total } sporazuma
    }
agreements_none = Nijedan sporazum ne odgovara ovim filterima.
agreement_date = Datum
agreement_place = Mesto
agreement_parties = Strane
agreement_facilitator = Posrednik
agreement_adoption = Kako je postignut
agreement_summary = Sažetak
agreement_citizens = Šta menja za građane
agreement_provisions = Odredbe
agreement_provisions_count =
    { $n ->
        [one] { $n } odredba
        [few] { $n } odredbe
        *[other] { $n } odredbi
    }
agreement_related = Povezani sporazumi
agreement_events = Povezani događaji
agreement_documents = Izvorni dokumenti
agreement_sources = Izvori
agreement_themes = Teme
agreement_kind = Vrsta
agreement_phase = Faza
disputed_label = Sporno
provision_party = Ko treba da postupi
provision_quote = Zvanični tekst
provision_status = Stanje
provision_history = Istorija ocena
provision_as_of = ocenjeno { $date }
provision_successor = Zamenjeno sa
claim_says = { $actor } navodi: { $level }
no_related = Ništa nije zabeleženo.
print_hint = Odštampaj ovu stranicu
event_kind = Vrsta
event_place = Mesto
event_agreements = Sporazumi na koje se odnosi
event_actors = Učesnici
event_themes = Teme
event_sources = Izvori
event_context = Kontekst
event_before = Prethodni događaj
event_after = Sledeći događaj
actor_roles = Funkcije
actor_events = Događaji
actor_kind = Vrsta
actor_agreements = Sporazumi
role_since = od { $date }
role_until = do { $date }
glossary_title = Pojmovnik
glossary_description = Pojmovi i skraćenice iz dijaloga Kosova i Srbije, sa nazivima koje koristi svaka strana.
glossary_intro = Pojmovi iz dijaloga, sa nazivima i skraćenicama koje svaka strana koristi za isto.
glossary_aliases = Naziva se i
glossary_sources = Izvori
sources_heading = Izvori
source_opens_new_tab = otvara se u novoj kartici
source_kind_label = Vrsta izvora
about_title = O ovom sajtu
about_description = Šta je Pregled dijaloga, kome je namenjen, kako se ocenjuje sprovođenje, kako se citira i pod kojom licencom su podaci.
about_what_heading = Šta je ovo
about_what = Pregled dijaloga je javna evidencija dijaloga Kosova i Srbije u kojem od 2011. godine posreduje Evropska unija, kao i povezanih dokumenata postignutih uz posredovanje SAD. Sadrži svaki sporazum sa odredbama, hronologiju datiranih događaja i ocenu koliko je svaka odredba sprovedena. Nastao je iz pregleda vesti o dijalogu jedne organizacije civilnog društva.
about_who_heading = Kome je namenjen
about_who = Građanima Kosova i Srbije i dijaspori, studentima, novinarima i službenicima, na albanskom, srpskom (latinicom i ćirilicom) i engleskom. Stranice su dovoljno lagane i za telefon sa slabom vezom.
about_method_heading = Metodologija
about_method = Svaka odredba sažeta je jednostavnim rečima iz teksta sporazuma; kada je zvanični tekst na engleskom javno dostupan, navodi se doslovno. Njeno sprovođenje ocenjuje se u određenim trenucima, svaka ocena sa kratkim obrazloženjem i bar jednim izvorom. Kada se dokazi promene, dodaje se nova ocena; starije ostaju, pa se istorija može pratiti unazad.
about_scale_heading = Skala sprovođenja
about_scale_intro = Skala prati Matricu mirovnih sporazuma (PAM) Instituta Krok Univerziteta Notr Dam:
about_evidence_heading = Šta se računa kao dokaz
about_evidence = Na prvom mestu su izvorni tekstovi: sporazumi kako ih je objavila Evropska unija, izjave i odluke dveju vlada, skupština i sudova. Zatim referentna dela, pouzdano novinsko izveštavanje i izveštaji istraživačkih organizacija koje prate dijalog. Za svaki izvor navode se izdavač, naslov i datum; internet adresa samo kada je pouzdana. Kada se izvori razlikuju, na primer da li je tekst potpisan ili samo parafiran, ili u pogledu datuma, beleže se obe verzije, a zapis se označava kao sporan.
about_claims = Kada vlada jedne strane opisuje stanje neke odredbe drugačije nego što pokazuju dokazi, njena tvrdnja prikazuje se pored ocene, uz navođenje ko je iznosi i izvora.
about_languages_heading = Jezici i nazivi
about_languages = Tekstovi se pišu na engleskom, albanskom i srpskom; srpska ćirilična verzija dobija se iz latinične. Mesta se navode onako kako ih piše svaka zajednica: na srpskom Mitrovica i Zvečan, na albanskom Mitrovicë i Zveçan, a na engleskom oba naziva, na primer Mitrovicë/Mitrovica.
about_cite_heading = Kako citirati
about_cite = Pregled dijaloga, „[naslov stranice]“, [adresa stranice], pristupljeno [datum]. Svaki sporazum i događaj ima svoju stalnu adresu.
about_licence_heading = Licenca
about_licence = Podaci su objavljeni pod licencom Krijejtiv komons Autorstvo 4.0 (CC BY 4.0): možete ih ponovo koristiti uz navođenje izvora. Kod je pod licencom MIT.
about_codebook_heading = Kodna knjiga
about_codebook = Svaki sporazum ima datum, mesto, fazu (tehnički dijalog 2011–2012, dijalog na visokom nivou 2012–2020, dokumenti uz posredovanje SAD, normalizacija od 2021), vrstu, način na koji je postignut (potpisan, parafiran, usmeno dogovoren, posrednik ga je objavio kao dogovoren ili je svaka strana potpisala svoj dokument), strane i posrednike, teme, sažetak, šta menja za građane, odredbe i izvore. Svaka odredba ima broj kao u tekstu, ko treba da postupi i datirane ocene. Svaki događaj ima datum, vrstu, naslov, sažetak, mesto, sporazume i aktere na koje se odnosi i izvore.
about_download = Preuzimanje podataka
phase_technical = Tehnički dijalog (2011–2012)
phase_high_level = Dijalog na visokom nivou (2012–2020)
phase_us_brokered = Dokumenti uz posredovanje SAD
phase_normalisation = Normalizacija (od 2021)
kind_agreement = Sporazum
kind_conclusions = Zaključci
kind_arrangement = Dogovor
kind_declaration = Deklaracija
kind_roadmap = Mapa puta
kind_annex = Aneks
kind_implementation_plan = Plan sprovođenja
kind_letter_of_intent = Pismo o namerama
kind_commitments = Obaveze
adoption_signed = Potpisan
adoption_initialled = Parafiran
adoption_verbal = Usmeno dogovoren, nije potpisan
adoption_announced = Posrednik ga je objavio kao dogovoren
adoption_separately = Svaka strana potpisala je svoj dokument
event_dialogue = Sastanak u dijalogu
event_agreement = Postignut sporazum
event_ratification = Potvrđivanje
event_court = Sudska odluka
event_implementation = Sprovođenje
event_crisis = Kriza
event_election = Izbori
event_civil_society = Civilno društvo
event_statement = Izjava
level_not_started = Nije započeto
level_minimal = Minimalno
level_partial = Delimično
level_implemented = Sprovedeno
level_reversed = Poništeno
level_superseded = Zamenjeno
level_not_started_help = 0 — nije preduzet nijedan korak ka sprovođenju.
level_minimal_help = 1 — samo prvi koraci: zakoni, tela ili planovi, sa malo efekta u praksi.
level_partial_help = 2 — u toku, sa vidljivim efektom, ali nije završeno.
level_implemented_help = 3 — sprovedeno u potpunosti ili gotovo u potpunosti.
level_reversed_help = Sprovedeno, a zatim poništeno.
level_superseded_help = Zamenjeno kasnijom odredbom ili sporazumom, koji se navodi.
party_kosovo = Kosovo
party_serbia = Srbija
party_both = Obe strane
party_eu = EU
actor_participant = Strana u dijalogu
actor_person = Osoba
actor_institution = Institucija
actor_state = Država
actor_organisation = Organizacija
actor_party = Politička stranka
source_primary = Primarni izvor
source_reference = Referentno delo
source_reporting = Izveštavanje
source_analysis = Analiza
nav_status = Sprovođenje
status_title = Koliko su sporazumi sprovedeni?
status_description = Sprovođenje sporazuma Kosova i Srbije, odredbu po odredbu: udeo po nivoima, ponderisani procenat, po sporazumu, temi i strani, na bilo koji datum.
status_intro = Šta je dogovoreno, a šta urađeno? Svaka odredba ocenjuje se na skali od četiri stepena u određenim trenucima, uz izvore. Izaberite datum da vidite stanje u tom trenutku.
status_asof_label = Stanje na dan
status_asof_latest = Najnovije ocene
status_asof_apply = Prikaži
status_showing_asof = Podaci na dan { $date }
status_showing_latest = Podaci prema najnovijim ocenama ({ $date }).
status_overall = Sve odredbe
status_weighted = Ponderisano sprovođenje
status_weighted_help = Prosečan nivo odredbi na skali 0–3, kao procenat potpunog sprovođenja. Poništene odredbe računaju se kao 0; zamenjene se ne računaju.
status_method_link = Kako se ocenjuju nivoi
status_provisions_n =
    { $n ->
        [one] { $n } odredba
        [few] { $n } odredbe
        *[other] { $n } odredbi
    }
status_none_yet = Do ovog datuma nije postignut nijedan sporazum.
status_over_time = Ponderisano sprovođenje kroz vreme
status_chart_desc = Linijski grafikon ponderisanog procenta sprovođenja na kraju svake godine; isti podaci nalaze se u tabeli ispod njega.
status_chart_table = Podaci sa grafikona
status_by_agreement = Po sporazumu
status_by_theme = Po temi
status_by_party = Po tome ko treba da postupi
status_sort_label = Redosled
status_sort_date = Najnoviji prvo
status_sort_percent = Najviše sprovedeni prvo
status_sort_provisions = Sa najviše odredbi prvo
status_matrix = Sve odredbe pojedinačno
status_matrix_intro = Svaki kvadrat je jedna odredba, sa upisanim nivoom; otvara ocene i izvore te odredbe.
status_recent = Nedavne promene
status_first_assessment = prva ocena
status_claims = Kada vlada daje drugačiju ocenu
status_claims_intro = Ocena na osnovu dokaza i, pored nje, tvrdnja vlade jedne strane, uz navođenje ko je iznosi i izvora.
status_assessment = Ocena
status_claim = Tvrdnja
status_download_csv = Preuzmi ove podatke (CSV)
col_name = Naziv
col_provisions = Odredbe
col_year_end = Datum
col_percent = Ponderisano sprovođenje
col_levels = Odredbe po nivoima
not_assessed = bez ocene
nav_timeline = Hronologija
timeline_title = Hronologija dijaloga
timeline_description = Svi događaji i sporazumi iz dijaloga Kosova i Srbije od 2010. godine, godinu po godinu, sa filterima.
timeline_intro = Svi događaji i svi sporazumi na jednom spisku. Suzite ga po vrsti, temi, akteru, sporazumu, godinama ili rečima; adresa čuva vaš izbor, pa se prikaz može podeliti.
tl_order = Redosled
tl_newest = Najnovije prvo
tl_oldest = Najstarije prvo
tl_kind = Vrsta
tl_kind_agreement_text = Sporazum (tekst)
tl_actor = Akter
tl_agreement = Sporazum
tl_from = Od godine
tl_to = Do godine
tl_text = Reči u naslovu ili sažetku
tl_count =
    { $total ->
        [one] { $n } od { $total } stavke
        [few] { $n } od { $total } stavke
        *[other] { $n } od { $total } stavki
    }
tl_none = Ništa ne odgovara ovim filterima.
tl_overview = Stavke po godini
tl_overview_months = Stavke po mesecu u { $year }.
tl_zoom_out = Sve godine
tl_years = Idi na godinu
tl_keyboard_hint = Strelice vas vode sa stavke na stavku, a { "Home" } i { "End" } na prvu i poslednju.
tl_filters = Filteri
tl_more = više
tl_skip_to_list = Preskoči na spisak
tl_no_script = Bez { "JavaScript" }-a hronologija ne može da filtrira: prikazuje sve stavke, bez obzira na to šta traži adresa.
tl_no_script_link = Otvori celu hronologiju
agreement_timeline = Hronologija ovog sporazuma
moment_status = Odredba { $number }
on_timeline = Prikaži u hronologiji
search_label = Pretraga
search_placeholder = Sporazumi, događaji…
search_submit = Traži
search_title = Pretraga
search_description = Pretražite sve sporazume, odredbe, događaje, aktere i pojmove iz dijaloga Kosova i Srbije na engleskom, albanskom i srpskom, na oba pisma.
search_intro = Pretražuju se svi jezici i oba pisma odjednom: srpska ili albanska reč pronalazi zapis na kom god jeziku čitate.
search_results_count =
    { $n ->
        [one] { $n } rezultat
        [few] { $n } rezultata
        *[other] { $n } rezultata
    }
search_no_results = Za „{ $q }“ nije pronađeno ništa.
search_did_you_mean = Da li ste mislili
search_hint = Probajte manje ili kraće reči, drugačiji pravopis ili naziv koji koristi druga strana: IBM, ZSO, ASM, Mitrovicë…
search_languages_loading = Prikazuju se pogoci na jeziku ove stranice; pogoci na ostalim jezicima stižu za trenutak.
search_languages_failed = Tekstovi na ostalim jezicima nisu učitani, pa se prikazuju samo pogoci na jeziku ove stranice.
sources_loading = Učitavaju se izvori…
sources_failed = Izvori nisu učitani. Ponovo učitajte stranicu da biste ih videli.
# Citations on pages that cite in several places: "Sources: [2] [5]"; each
# number links to the page's one entry for that source.
cites_label = Izvori
cited_in = Navedeno u
search_type_something = Upišite reč ili ime za pretragu.
search_no_script = Pretraga zahteva { "JavaScript" }, a on je u ovom pregledaču isključen. I dalje možete da pregledate:
facet_kind = Vrsta
facet_year = Godina
facet_theme = Tema
facet_clear = Svi rezultati
record_agreement = Sporazum
record_provision = Odredba
record_event = Događaj
record_actor = Akter
record_glossary = Pojam iz pojmovnika
download_json = Kompletni podaci (JSON)
download_schema = Njihova JSON šema
download_agreements = Sporazumi (CSV)
download_provisions = Odredbe sa trenutnim nivoom (CSV)
download_status = Sve ocene stanja (CSV)
download_events = Događaji (CSV)
download_changelog = Šta se promenilo u podacima (dnevnik izmena)
download_feed = Novi događaji i promene stanja (Atom)
feed_title = Pregled dijaloga: novi događaji i promene stanja
feed_subtitle = Događaji u dijalogu Kosova i Srbije i promene u tome koliko su sporazumi sprovedeni, sa izvorima.

## Sources and their grading
tier_primary = zvanični dokument
tier_media = novinski izveštaj
tier_reference = referentno delo
tier_other = drugi izvor, na koji se samostalno ne oslanjamo
source_accessed = pročitano { $date }
weak_source_note = Ovo se zasniva samo na izvorima na koje se ova evidencija samostalno ne oslanja: videti „Kako ocenjujemo izvore“ na stranici O projektu.
record_as_of = Stanje evidencije na dan { $date }
about_grading_heading = Kako ocenjujemo izvore
about_grading = Svaki izdavač koga navodimo ima ocenu u javnom registru. Zvanični dokumenti potiču od institucija EU, vlada i skupština Kosova i Srbije, sudova, EULEKS-a, UN, OEBS-a i KFOR-a/NATO-a. Novinski izveštaji potiču od novinskih agencija i etabliranih medija na Kosovu, u Srbiji i u inostranstvu. Referentna dela su enciklopedije i baze podataka. Sve ostalo (agregatori, prepisane agencijske vesti, blogovi, mali portali, istraživački centri) spada u druge izvore, na koje se nikada ne oslanjamo samostalno. Svaki događaj i svaka ocena navode bar jedan zvanični dokument ili novinski izveštaj; gde postoje samo drugi izvori, stavka ostaje u evidenciji i to se navodi. Preneti tekst navodi agenciju od koje potiče, a datum objavljivanja izvora vodi se odvojeno od dana kada smo ga pročitali.

## Guides and topics
nav_guides = Vaša pitanja
nav_themes = Teme
guides_title = Vaša pitanja, s odgovorima iz evidencije
guides_description = Jednostavni odgovori na pitanja građana o prelasku, tablicama, dokumentima, struji, telefonima, novcu, pravosuđu i nestalim osobama, izvedeni iz sporazuma i njihovog sprovođenja.
guides_intro = Svaki odgovor kaže šta izvori danas navode, kako se do toga došlo i na kojim sporazumima počiva. Ovo nije pravni savet: pre putovanja ili podnošenja zahteva proverite kod navedene službe.
guide_as_of = Stanje na dan { $date }
guide_needs = Šta vam je potrebno
guide_history = Šta se menjalo i kada
guide_rests_on = Sporazumi na kojima ovo počiva
guide_accounts = Gde se navodi dveju vlada razlikuju
guide_sources = Izvori
guide_last_checked = Poslednja provera: { $date }
guide_not_advice = Ovo je sažetak javnih izvora, a ne pravni savet.
guide_topics = Teme
themes_title = Teme
themes_description = Svaka tema dijaloga Kosova i Srbije, s tim koliko su njene odredbe sprovedene, njenim događajima i vodičima koji se na nju oslanjaju.
themes_intro = Odredbe svih sporazuma, grupisane po temama. Stranica svake teme objedinjuje stepen sprovođenja, odredbe po sporazumima, događaje i vodiče koji se na nju oslanjaju.
theme_figure = Sprovođenje u ovoj temi
theme_provisions = Odredbe, po sporazumima
theme_last_assessed = poslednja ocena: { $date }
theme_events = Događaji, od najnovijeg
theme_guides = Vodiči koji se oslanjaju na ovu temu
theme_none = Još nema događaja ni vodiča.
home_questions = Vaša pitanja
home_topics = Teme
way_guides = Jednostavni odgovori na pitanja građana: prelazak, tablice, dokumenta, struja, novac.
way_themes = Svaka tema na jednom mestu: njene odredbe, njihovo sprovođenje i događaji.
way_timeline = Sve što se dogodilo, po godinama i mesecima.
way_status = Koliko je svaka odredba sprovedena, i na koji dan.
way_search = Pretražite sve zapise na albanskom, srpskom i engleskom.
record_guide = Vodič
record_theme = Tema
agreement_guides = Vodiči i teme koji se oslanjaju na ovaj sporazum
guide_no_provisions = Nijedan sporazum iz dijaloga ne obuhvata ovo pitanje; odgovor se zasniva na odlukama i događajima navedenim niže.
search_sort_label = Redosled
search_sort_relevance = najrelevantnije
search_sort_newest = najnovije prvo
# Phones and long pages: the header's menu button, the search filters'
# disclosure, the as-of year and month, the contents bar of an agreement,
# its folded event list, the link back to the top of the page.
menu = Meni
search_filter = Filteri
status_asof_year = Godina
status_asof_month = Mesec
contents_label = Na ovoj stranici
contents_history = Hronologija
agreement_events_all =
    { $n ->
        [one] Prikaži ceo spisak: { $n } događaj
        [few] Prikaži sva { $n } događaja
        *[other] Prikaži svih { $n } događaja
    }
back_to_top = Nazad na vrh
# Podnožje svake stranice zapisa, teme i vodiča: deljenje, citiranje, prijava greške.
last_updated = Ažurirano { $date }
copy_link = Kopiraj link
page_address = Adresa ove stranice
link_copied = Link je kopiran
copy_failed = Link nije mogao da se kopira: označite adresu i kopirajte je sami.
cite_heading = Kako citirati ovu stranicu
cite_text = { $title }. { $publisher }, ažurirano { $updated } { $url } (pristupljeno { $accessed })
cite_text_undated = { $title }. { $publisher }. { $url } (pristupljeno { $accessed })
report_mistake = Prijavite grešku na ovoj stranici
report_subject = Greška na stranici { $id }
report_page = Stranica
report_record = Oznaka
report_prompt = Šta je pogrešno i koji izvor to pokazuje?
status_asof_future = Prikazano je današnje stanje, jer je u adresi naveden datum koji tek dolazi: { $date }
