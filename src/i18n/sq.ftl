# Interface texts, Albanian.
# Fluent syntax (https://projectfluent.org). Keep every key and every { $placeable } as in en.ftl;
# counts select a plural form: [one] and *[other].
# The build (build.rs) fails with the file and line on a missing or extra key, a misspelled
# placeable or a missing plural form.

site_name = Eksploruesi i Dialogut
site_tagline = Dialogu Kosovë–Serbi me lehtësimin e BE-së: marrëveshjet, ngjarjet dhe zbatimi, me burim për çdo pohim.
skip_to_content = Kalo te përmbajtja
nav_label = Kryesore
nav_home = Ballina
nav_agreements = Marrëveshjet
nav_glossary = Fjalorthi
nav_about = Rreth nesh
language_label = Gjuha
footer_text = Një regjistër publik i pavarur i dialogut Kosovë–Serbi me lehtësimin e Bashkimit Evropian. Çdo pohim lidhet me burimin e vet.
footer_licence = Të dhënat: CC BY 4.0. Kodi: MIT.
not_found_title = Faqja nuk u gjet
not_found_text = Në këtë adresë nuk ka asnjë faqe. Ndoshta adresa është shkruar gabim ose regjistrimi është zhvendosur.
not_found_back = Shko te ballina
home_title = Dialogu Kosovë–Serbi: marrëveshjet, ngjarjet, zbatimi
home_description = Të gjitha marrëveshjet e dialogut Kosovë–Serbi me lehtësimin e BE-së që nga viti 2011, çfarë ndryshojnë për qytetarët dhe sa janë zbatuar, me burime.
home_intro_1 = Që nga marsi i vitit 2011, Kosova dhe Serbia negociojnë me lehtësimin e Bashkimit Evropian. Bisedimet nisën me çështje praktike të jetës së përditshme: kalimin nga njëra anë në tjetrën, librat e gjendjes civile, vulat doganore, regjistrat kadastralë dhe diplomat universitare.
home_intro_2 = Nga tetori i vitit 2012 dialogu kaloi në nivelin e kryeministrave e më vonë të presidentëve. Prej tij dolën Marrëveshja e parë e prillit 2013, marrëveshjet për drejtësinë, energjinë dhe telekomunikacionin, dhe në vitin 2023 Marrëveshja për rrugën drejt normalizimit me Aneksin e saj për zbatimin.
home_intro_3 = Shumë dispozita janë zbatuar vetëm pjesërisht, disa aspak, e disa janë zhbërë. Kjo faqe regjistron çdo marrëveshje, çfarë ndryshon për qytetarët dhe sa është zbatuar, me burim për çdo pohim.
home_figures = Shifrat kryesore
figure_agreements =
    { $n ->
        [one] marrëveshje ose aranzhim
        *[other] marrëveshje dhe aranzhime
    }
figure_provisions =
    { $n ->
        [one] dispozitë e ndjekur
        *[other] dispozita të ndjekura
    }
figure_events =
    { $n ->
        [one] ngjarje me datë
        *[other] ngjarje me datë
    }
figure_implemented =
    { $n ->
        [one] dispozitë e zbatuar plotësisht, sipas vlerësimit të fundit
        *[other] dispozita të zbatuara plotësisht, sipas vlerësimit të fundit
    }
figure_sources =
    { $n ->
        [one] burim i cituar
        *[other] burime të cituara
    }
home_latest = Ngjarjet e fundit
home_all_agreements = Të gjitha marrëveshjet
home_ways_in = Ku të nisni
way_agreements = Çdo marrëveshje, me më të rejat në krye, sipas fazës dhe temës.
way_glossary = Termat dhe shkurtesat që përdor secila palë, të shpjeguara.
way_about = Kush e ka bërë këtë faqe, si vlerësohet zbatimi, si citohet.
agreements_title = Marrëveshjet
agreements_description = Të gjitha marrëveshjet, aranzhimet, përfundimet dhe deklaratat e dialogut Kosovë–Serbi që nga viti 2011, me më të rejat në krye.
agreements_intro = Të gjitha marrëveshjet, aranzhimet, përfundimet dhe deklaratat e arritura në dialog, me më të rejat në krye. Zgjidhni një fazë ose një temë për ta ngushtuar listën.
filter_phase = Faza
filter_theme = Tema
filter_all = Të gjitha
filter_reset = Hiq filtrat
filter_submit = Apliko
no_script_filters = Pa JavaScript kjo faqe nuk mund t’i zbatojë filtrat ose datën e adresës: shfaq gjithçka, sipas vlerësimeve më të fundit.
no_script_unfiltered = Hapni faqen pa filtra
agreements_count =
    { $total ->
        [one] { $n } nga { $total } marrëveshje
        *[other] { $n } nga { $total } marrëveshje
    }
agreements_none = Asnjë marrëveshje nuk përputhet me këta filtra.
agreement_date = Data
agreement_place = Vendi
agreement_parties = Palët
agreement_facilitator = Lehtësuar nga
agreement_adoption = Si u arrit
agreement_summary = Përmbledhje
agreement_citizens = Çfarë ndryshon për qytetarët
agreement_provisions = Dispozitat
agreement_provisions_count =
    { $n ->
        [one] { $n } dispozitë
        *[other] { $n } dispozita
    }
agreement_related = Marrëveshje të lidhura
agreement_events = Ngjarje të lidhura
agreement_documents = Dokumentet burimore
agreement_sources = Burimet
agreement_themes = Temat
agreement_kind = Lloji
agreement_phase = Faza
disputed_label = Çështje e kontestuar
provision_party = Kush duhet të veprojë
provision_quote = Teksti zyrtar
provision_status = Gjendja
provision_history = Historiku i vlerësimeve
provision_as_of = vlerësuar më { $date }
provision_successor = Zëvendësuar nga
claim_says = { $actor } pohon: { $level }
no_related = Nuk është regjistruar asgjë.
print_hint = Shtyp këtë faqe
event_kind = Lloji
event_place = Vendi
event_agreements = Marrëveshjet përkatëse
event_actors = Kush mori pjesë
event_themes = Temat
event_sources = Burimet
event_context = Konteksti
event_before = Ngjarja e mëparshme
event_after = Ngjarja e mëpasshme
actor_roles = Rolet
actor_events = Ngjarjet
actor_kind = Lloji
actor_agreements = Marrëveshjet
role_since = nga { $date }
role_until = deri më { $date }
glossary_title = Fjalorthi
glossary_description = Termat dhe shkurtesat e dialogut Kosovë–Serbi, me emrat që përdor secila palë.
glossary_intro = Termat e dialogut, me emrat dhe shkurtesat që secila palë përdor për të njëjtën gjë.
glossary_aliases = Quhet edhe
glossary_sources = Burimet
sources_heading = Burimet
source_opens_new_tab = hapet në skedë të re
source_kind_label = Lloji i burimit
about_title = Rreth kësaj faqeje
about_description = Çfarë është Eksploruesi i Dialogut, për kë është, si vlerësohet zbatimi, si citohet dhe licenca e të dhënave.
about_what_heading = Çfarë është
about_what = Eksploruesi i Dialogut është një regjistër publik i dialogut ndërmjet Kosovës dhe Serbisë, të lehtësuar nga Bashkimi Evropian që nga viti 2011, si dhe i dokumenteve përkatëse të ndërmjetësuara nga Shtetet e Bashkuara. Ai përmban çdo marrëveshje me dispozitat e saj, një kronologji ngjarjesh me datë dhe një vlerësim se sa është zbatuar secila dispozitë. Lindi nga një listë lajmesh e shoqërisë civile për dialogun.
about_who_heading = Për kë
about_who = Për qytetarët e Kosovës dhe të Serbisë dhe diasporën e tyre, për studentët, gazetarët dhe zyrtarët, në shqip, serbisht (latinisht dhe cirilisht) dhe anglisht. Faqet ngarkohen lehtë edhe në telefon me lidhje të dobët.
about_method_heading = Metodologjia
about_method = Secila dispozitë përmblidhet me fjalë të thjeshta nga teksti i marrëveshjes; kur teksti zyrtar në anglisht është publik, ai citohet. Zbatimi i saj vlerësohet në data të caktuara, secili vlerësim me një arsyetim të shkurtër dhe të paktën një burim. Kur ndryshojnë dëshmitë, shtohet një vlerësim i ri; të vjetrat ruhen, që historiku të mund të lexohet.
about_scale_heading = Shkalla e zbatimit
about_scale_intro = Shkalla ndjek Matricën e Marrëveshjeve të Paqes (Peace Accords Matrix) të Institutit Kroc të Universitetit Notre Dame:
about_evidence_heading = Çfarë vlen si dëshmi
about_evidence = Në radhë të parë vijnë tekstet burimore: marrëveshjet siç i ka publikuar Bashkimi Evropian, deklaratat dhe vendimet e dy qeverive, të kuvendeve dhe të gjykatave. Pastaj veprat referuese, raportimi i besueshëm dhe monitorimi nga organizatat kërkimore. Çdo burim jep botuesin, titullin dhe datën; adresa në internet jepet vetëm kur është e sigurt. Kur burimet nuk përputhen, për shembull nëse një tekst u nënshkrua apo vetëm u parafua, ose për një datë, regjistrohen të dy versionet dhe regjistrimi shënohet si i kontestuar.
about_claims = Kur qeveria e njërës palë e përshkruan gjendjen e një dispozite ndryshe nga dëshmitë, pohimi i saj tregohet krahas vlerësimit, i atribuuar dhe me burim.
about_languages_heading = Gjuhët dhe emrat
about_languages = Tekstet shkruhen në anglisht, shqip dhe serbisht; versioni serb në cirilicë krijohet nga ai në latinicë. Vendet emërtohen ashtu siç i shkruan secili komunitet, për shembull Mitrovicë/Mitrovica dhe Zveçan/Zvečan.
about_cite_heading = Si të citohet
about_cite = Eksploruesi i Dialogut, “[titulli i faqes]”, [adresa e faqes], konsultuar më [data]. Çdo marrëveshje dhe ngjarje ka adresën e vet të qëndrueshme.
about_licence_heading = Licenca
about_licence = Të dhënat publikohen me licencën Creative Commons Attribution 4.0 (CC BY 4.0): mund t’i ripërdorni duke përmendur burimin. Kodi është me licencën MIT.
about_codebook_heading = Libri i kodeve
about_codebook = Çdo marrëveshje ka datën, vendin, fazën (dialogu teknik 2011–2012, dialogu i nivelit të lartë 2012–2020, dokumentet e ndërmjetësuara nga SHBA-ja, normalizimi nga viti 2021), llojin, mënyrën si u arrit (e nënshkruar, e parafuar, e dakorduar gojarisht, e shpallur nga lehtësuesi ose e nënshkruar veçmas nga secila palë), palët dhe lehtësuesit ose ndërmjetësit, temat, një përmbledhje, çfarë ndryshon për qytetarët, dispozitat dhe burimet. Çdo dispozitë ka numrin siç është në tekst, kush duhet të veprojë dhe vlerësimet me datë. Çdo ngjarje ka datën, llojin, titullin, përmbledhjen, vendin, marrëveshjet dhe aktorët përkatës, si dhe burimet.
about_download = Shkarkime
phase_technical = Dialogu teknik (2011–2012)
phase_high_level = Dialogu i nivelit të lartë (2012–2020)
phase_us_brokered = Dokumentet e ndërmjetësuara nga SHBA-ja
phase_normalisation = Normalizimi (2021–)
kind_agreement = Marrëveshje
kind_conclusions = Përfundime
kind_arrangement = Aranzhim
kind_declaration = Deklaratë
kind_roadmap = Udhërrëfyes
kind_annex = Aneks
kind_implementation_plan = Plan zbatimi
kind_letter_of_intent = Letër qëllimi
kind_commitments = Zotime
adoption_signed = E nënshkruar
adoption_initialled = E parafuar
adoption_verbal = E dakorduar gojarisht, pa nënshkrim
adoption_announced = E shpallur si e dakorduar nga lehtësuesi
adoption_separately = Secila palë nënshkroi dokumentin e vet
event_dialogue = Takim i dialogut
event_agreement = Marrëveshje e arritur
event_ratification = Ratifikim
event_court = Vendim gjykate
event_implementation = Zbatim
event_crisis = Krizë
event_election = Zgjedhje
event_civil_society = Shoqëria civile
event_statement = Deklaratë
level_not_started = E panisur
level_minimal = Minimale
level_partial = E pjesshme
level_implemented = E zbatuar
level_reversed = E zhbërë
level_superseded = E zëvendësuar
level_not_started_help = 0 — nuk është ndërmarrë asnjë hap për ta zbatuar.
level_minimal_help = 1 — vetëm hapat e parë: ligje, organe ose plane, me pak efekt në praktikë.
level_partial_help = 2 — në zbatim e sipër, me efekt të dukshëm, por ende jo e plotë.
level_implemented_help = 3 — e zbatuar plotësisht ose pothuajse plotësisht.
level_reversed_help = E zbatuar, pastaj e zhbërë.
level_superseded_help = E zëvendësuar nga një dispozitë ose marrëveshje e mëvonshme, e cila emërtohet.
party_kosovo = Kosova
party_serbia = Serbia
party_both = Të dyja
party_eu = BE-ja
actor_participant = Palë në dialog
actor_person = Person
actor_institution = Institucion
actor_state = Shtet
actor_organisation = Organizatë
actor_party = Parti politike
source_primary = Burim parësor
source_reference = Vepër referuese
source_reporting = Raportim
source_analysis = Analizë
nav_status = Zbatimi
status_title = Sa janë zbatuar marrëveshjet?
status_description = Zbatimi i marrëveshjeve Kosovë–Serbi, dispozitë për dispozitë: shpërndarja sipas niveleve, përqindja e ponderuar, sipas marrëveshjes, temës dhe palës, në çdo datë.
status_intro = Çfarë u pajtua dhe çfarë u bë? Secila dispozitë vlerësohet në një shkallë me katër nivele në data të caktuara, me burime. Zgjidhni një datë për të parë gjendjen në atë kohë.
status_asof_label = Gjendja më
status_asof_latest = Vlerësimet e fundit
status_asof_apply = Shfaq
status_showing_asof = Shifrat sipas gjendjes më { $date }.
status_showing_latest = Shifrat sipas vlerësimeve të fundit ({ $date }).
status_overall = Të gjitha dispozitat
status_weighted = Zbatimi i ponderuar
status_weighted_help = Niveli mesatar i dispozitave në shkallën 0–3, si përqindje e zbatimit të plotë. Dispozitat e zhbëra numërohen 0; të zëvendësuarat lihen jashtë.
status_method_link = Si vlerësohen nivelet
status_provisions_n =
    { $n ->
        [one] { $n } dispozitë
        *[other] { $n } dispozita
    }
status_none_yet = Deri në këtë datë nuk ishte arritur asnjë marrëveshje.
status_over_time = Zbatimi i ponderuar ndër vite
status_chart_desc = Grafik me vijë i përqindjes së ponderuar të zbatimit në fund të çdo viti; të njëjtat shifra janë në tabelën poshtë tij.
status_chart_table = Shifrat e grafikut
status_by_agreement = Sipas marrëveshjes
status_by_theme = Sipas temës
status_by_party = Sipas palës që duhet të veprojë
status_sort_label = Renditja
status_sort_date = Më të rejat së pari
status_sort_percent = Më të zbatuarat së pari
status_sort_provisions = Me më shumë dispozita së pari
status_matrix = Çdo dispozitë
status_matrix_intro = Çdo katror është një dispozitë, me nivelin e shkruar brenda; me një klikim hapen vlerësimet dhe burimet e saj.
status_recent = Ndryshimet e fundit
status_first_assessment = vlerësimi i parë
status_claims = Kur versioni i një qeverie ndryshon
status_claims_intro = Vlerësimi sipas dëshmive dhe, krahas tij, pohimi i qeverisë së njërës palë, i atribuuar dhe me burim.
status_assessment = Vlerësimi
status_claim = Pohimi
status_download_csv = Shkarko këto shifra (CSV)
col_name = Emri
col_provisions = Dispozitat
col_year_end = Data
col_percent = Zbatimi i ponderuar
col_levels = Dispozitat sipas nivelit
not_assessed = pa vlerësim
nav_timeline = Kronologjia
timeline_title = Kronologjia e dialogut
timeline_description = Çdo ngjarje dhe marrëveshje e dialogut Kosovë–Serbi që nga viti 2010, vit pas viti, me filtra.
timeline_intro = Çdo ngjarje dhe çdo marrëveshje në një listë. Ngushtojeni sipas llojit, temës, aktorit, marrëveshjes, viteve ose fjalëve; adresa i ruan zgjedhjet tuaja, që pamja të mund të ndahet.
tl_order = Renditja
tl_newest = Më të rejat së pari
tl_oldest = Më të vjetrat së pari
tl_kind = Lloji
tl_kind_agreement_text = Marrëveshje (teksti)
tl_actor = Aktori
tl_agreement = Marrëveshja
tl_from = Nga viti
tl_to = Deri në vitin
tl_text = Fjalë në titull ose përmbledhje
tl_count =
    { $total ->
        [one] { $n } nga { $total } zë
        *[other] { $n } nga { $total } zëra
    }
tl_none = Asgjë nuk përputhet me këta filtra.
tl_overview = Zëra për vit
tl_overview_months = Zëra për muaj në vitin { $year }
tl_zoom_out = Të gjitha vitet
tl_years = Kalo te një vit
tl_keyboard_hint = Shigjetat ju çojnë nga një zë te tjetri; Home dhe End, te i pari dhe te i fundit.
tl_filters = Filtrat
tl_more = më shumë
tl_skip_to_list = Kalo te lista
tl_no_script = Pa JavaScript kronologjia nuk mund të filtrojë: shfaq të gjithë zërat, çfarëdo që kërkon adresa.
tl_no_script_link = Hap gjithë kronologjinë
agreement_timeline = Kronologjia e kësaj marrëveshjeje
moment_status = Dispozita { $number }
on_timeline = Shfaqe në kronologji
search_label = Kërko
search_placeholder = Marrëveshje, ngjarje…
search_submit = Kërko
search_title = Kërkimi
search_description = Kërkoni në çdo marrëveshje, dispozitë, ngjarje, aktor dhe term të dialogut Kosovë–Serbi, në anglisht, shqip dhe serbisht, në të dy alfabetet.
search_intro = Kërkimi bëhet njëkohësisht në të gjitha gjuhët dhe në të dy alfabetet: një fjalë shqipe ose serbe e gjen regjistrimin në cilëndo gjuhë që lexoni.
search_results_count =
    { $n ->
        [one] { $n } rezultat
        *[other] { $n } rezultate
    }
search_no_results = Për “{ $q }” nuk u gjet asgjë.
search_did_you_mean = Mos e kishit fjalën për
search_hint = Provoni më pak fjalë ose fjalë më të shkurtra, një drejtshkrim tjetër ose emrin që përdor pala tjetër: IBM, ZSO, ASM, Mitrovica…
search_languages_loading = Po shfaqen përputhjet në gjuhën e kësaj faqeje; ato në gjuhët e tjera vijnë pas pak.
search_languages_failed = Tekstet në gjuhët e tjera nuk u ngarkuan, prandaj po shfaqen vetëm përputhjet në gjuhën e kësaj faqeje.
sources_loading = Po ngarkohen burimet…
sources_failed = Burimet nuk u ngarkuan. Ringarkoni faqen për t’i parë.
# Citations on pages that cite in several places: "Sources: [2] [5]"; each
# number links to the page's one entry for that source.
cites_label = Burimet
cited_in = Cituar në
search_type_something = Shkruani një fjalë ose një emër për të kërkuar.
search_no_script = Kërkimi kërkon JavaScript, i cili është i çaktivizuar në këtë shfletues. Mund të shfletoni gjithsesi:
facet_kind = Lloji
facet_year = Viti
facet_theme = Tema
facet_clear = Të gjitha rezultatet
record_agreement = Marrëveshje
record_provision = Dispozitë
record_event = Ngjarje
record_actor = Aktor
record_glossary = Term i fjalorthit
download_json = Të gjitha të dhënat (JSON)
download_schema = Skema e tyre JSON
download_agreements = Marrëveshjet (CSV)
download_provisions = Dispozitat me nivelin aktual (CSV)
download_status = Të gjitha vlerësimet e gjendjes (CSV)
download_events = Ngjarjet (CSV)
download_changelog = Çfarë ka ndryshuar në të dhëna (regjistri i ndryshimeve)
download_feed = Ngjarjet e reja dhe ndryshimet e gjendjes (Atom)
feed_title = Eksploruesi i Dialogut: ngjarje të reja dhe ndryshime të gjendjes
feed_subtitle = Ngjarjet në dialogun Kosovë–Serbi dhe ndryshimet në shkallën e zbatimit të marrëveshjeve, me burime.

## Sources and their grading
tier_primary = dokument zyrtar
tier_media = raportim mediatik
tier_reference = vepër referuese
tier_other = burim tjetër, që i vetëm nuk mjafton
source_accessed = lexuar më { $date }
weak_source_note = Kjo mbështetet vetëm në burime që për këtë regjistër nuk mjaftojnë të vetme: shih “Si vlerësohen burimet” te faqja Rreth nesh.
record_as_of = Gjendja e regjistrit më { $date }
about_grading_heading = Si vlerësohen burimet
about_grading = Çdo botues që citojmë është i klasifikuar në një regjistër publik. Dokumentet zyrtare vijnë nga institucionet e BE-së, qeveritë dhe kuvendet e Kosovës dhe të Serbisë, gjykatat, EULEX-i, OKB-ja, OSBE-ja dhe KFOR-i/NATO-ja. Raportimet mediatike vijnë nga agjencitë e lajmeve dhe mediat e njohura të Kosovës, të Serbisë dhe të huaja. Veprat referuese janë enciklopeditë dhe bazat e të dhënave. Çdo gjë tjetër (agregatorët, rishkrimet e lajmeve të agjencive, blogjet, portalet e vogla, qendrat studimore) hyn te burimet e tjera, mbi të cilat nuk mbështetemi kurrë vetëm. Çdo ngjarje dhe çdo vlerësim citon të paktën një dokument zyrtar ose një raportim mediatik; kur ekzistojnë vetëm burime të tjera, zëri mbetet në regjistër, me një shënim për këtë. Te një ribotim përmendet agjencia nga e cila është marrë lajmi, dhe data e publikimit të burimit mbahet veçmas nga dita kur e kemi lexuar.

## Guides and topics
nav_guides = Pyetjet tuaja
nav_themes = Temat
guides_title = Pyetjet tuaja, me përgjigje nga regjistri
guides_description = Përgjigje të thjeshta për pyetjet e qytetarëve për kalimin, targat, dokumentet, energjinë elektrike, telefonat, paratë, drejtësinë dhe personat e zhdukur, të nxjerra nga marrëveshjet dhe zbatimi i tyre.
guides_intro = Çdo përgjigje thotë çfarë thonë burimet sot, si ka ardhur deri këtu dhe mbi cilat marrëveshje mbështetet. Nuk është këshillë ligjore: para se të udhëtoni ose të aplikoni, pyesni zyrën e përmendur.
guide_as_of = Gjendja më { $date }
guide_needs = Çfarë ju duhet
guide_history = Çfarë ndryshoi dhe kur
guide_rests_on = Marrëveshjet mbi të cilat mbështetet
guide_accounts = Ku ndryshojnë versionet e dy qeverive
guide_sources = Burimet
guide_last_checked = Kontrolluar së fundi më { $date }
guide_not_advice = Kjo është përmbledhje e burimeve publike, jo këshillë ligjore.
guide_topics = Temat
themes_title = Temat
themes_description = Çdo temë e dialogut Kosovë–Serbi, me shkallën e zbatimit të dispozitave, ngjarjet dhe udhëzuesit që mbështeten te ajo.
themes_intro = Dispozitat e të gjitha marrëveshjeve, të grupuara sipas temës. Faqja e secilës temë bashkon shifrën e zbatimit, dispozitat sipas marrëveshjes, ngjarjet dhe udhëzuesit që mbështeten te ajo.
theme_figure = Zbatimi i kësaj teme
theme_provisions = Dispozitat, sipas marrëveshjes
theme_last_assessed = vlerësuar së fundi më { $date }
theme_events = Ngjarjet, më të rejat së pari
theme_guides = Udhëzuesit që mbështeten te kjo temë
theme_none = Ende asnjë ngjarje ose udhëzues.
home_questions = Pyetjet tuaja
home_topics = Temat
way_guides = Përgjigje të thjeshta për pyetjet e qytetarëve: kalimi, targat, dokumentet, energjia, paratë.
way_themes = Çdo temë në një vend: dispozitat, zbatimi i tyre dhe ngjarjet.
way_timeline = Gjithçka që ndodhi, sipas vitit dhe muajit.
way_status = Sa është zbatuar secila dispozitë, dhe në cilën datë.
way_search = Kërkoni në të gjitha zërat shqip, serbisht dhe anglisht.
record_guide = Udhëzues
record_theme = Temë
agreement_guides = Udhëzuesit dhe temat që mbështeten te kjo marrëveshje
guide_no_provisions = Asnjë marrëveshje e dialogut nuk e mbulon këtë pyetje; përgjigjja mbështetet në vendimet dhe ngjarjet më poshtë.
search_sort_label = Renditja
search_sort_relevance = më të përshtatshmet
search_sort_newest = më të rejat së pari
# Phones and long pages: the header's menu button, the search filters'
# disclosure, the as-of year and month, the contents bar of an agreement,
# its folded event list, the link back to the top of the page.
menu = Menyja
search_filter = Filtrat
status_asof_year = Viti
status_asof_month = Muaji
contents_label = Në këtë faqe
contents_history = Kronologjia
agreement_events_all =
    { $n ->
        [one] Shfaq { $n } ngjarje
        *[other] Shfaq të gjitha { $n } ngjarjet
    }
back_to_top = Kthehu në krye
# Fundi i çdo faqeje të regjistrit, teme dhe udhëzuesi: ndarja, citimi, raportimi.
last_updated = Përditësuar më { $date }
copy_link = Kopjo lidhjen
page_address = Adresa e kësaj faqeje
link_copied = Lidhja u kopjua
copy_failed = Lidhja nuk u kopjua dot: përzgjidhni adresën dhe kopjojeni vetë.
cite_heading = Si ta citoni këtë faqe
cite_text = { $title }. { $publisher }, përditësuar më { $updated }. { $url } (qasur më { $accessed }).
cite_text_undated = { $title }. { $publisher }. { $url } (qasur më { $accessed }).
report_mistake = Raportoni një gabim në këtë faqe
report_subject = Gabim në faqen { $id }
report_page = Faqja
report_record = Identifikuesi
report_prompt = Çfarë është gabim dhe cili burim e tregon këtë?
status_asof_future = Shifrat janë sipas gjendjes së sotme, sepse adresa kërkonte një datë që ende nuk ka ardhur: { $date }.
