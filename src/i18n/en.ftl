# Interface texts, English.
# Fluent syntax (https://projectfluent.org). Keep every key and every { $placeable } as in en.ftl;
# counts select a plural form: [one] and *[other].
# The build (build.rs) fails with the file and line on a missing or extra key, a misspelled
# placeable or a missing plural form.

site_name = Dialogue Explorer
site_tagline = The EU-facilitated dialogue between Kosovo and Serbia: agreements, events and implementation, with a source behind every claim.
skip_to_content = Skip to content
nav_label = Main
nav_home = Home
nav_agreements = Agreements
nav_glossary = Glossary
nav_about = About
language_label = Language
footer_text = An independent public record of the EU-facilitated dialogue between Kosovo and Serbia. Every claim links to its source.
footer_licence = Data: CC BY 4.0. Code: MIT.
not_found_title = Page not found
not_found_text = There is no page at this address. It may have been mistyped, or the record may have moved.
not_found_back = Go to the home page
home_title = Kosovo–Serbia dialogue: agreements, events, implementation
home_description = Every agreement of the EU-facilitated dialogue between Kosovo and Serbia since 2011, what it changes for citizens, and how far it has been implemented, with sources.
home_intro_1 = Since March 2011, Kosovo and Serbia have been negotiating with the European Union as facilitator. The talks began with practical questions of daily life: crossing between the two, civil registries, customs stamps, land records and university diplomas.
home_intro_2 = From October 2012 the dialogue moved to the level of prime ministers and later presidents. It produced the First Agreement of April 2013, agreements on justice, energy and telecommunications, and in 2023 the Agreement on the path to normalisation with its implementation annex.
home_intro_3 = Many provisions have been implemented only in part, some not at all, and some were undone. This site records each agreement, what it changes for citizens and how far it has gone, with a source behind every claim.
home_figures = Key figures
figure_agreements =
    { $n ->
        [one] agreement or arrangement
        *[other] agreements and arrangements
    }
figure_provisions =
    { $n ->
        [one] provision tracked
        *[other] provisions tracked
    }
figure_events =
    { $n ->
        [one] dated event
        *[other] dated events
    }
figure_implemented =
    { $n ->
        [one] provision implemented in full, by the latest assessment
        *[other] provisions implemented in full, by the latest assessment
    }
figure_sources =
    { $n ->
        [one] source cited
        *[other] sources cited
    }
home_latest = Latest events
home_all_agreements = All agreements
home_ways_in = Ways in
way_agreements = Every agreement, newest first, by phase and theme.
way_glossary = The terms and acronyms each side uses, explained.
way_about = Who made this, how statuses are assessed, how to cite it.
agreements_title = Agreements
agreements_description = Every agreement, arrangement, set of conclusions and declaration of the Kosovo–Serbia dialogue since 2011, newest first.
agreements_intro = Every agreement, arrangement, set of conclusions and declaration reached in the dialogue, newest first. Choose a phase or a theme to narrow the list.
filter_phase = Phase
filter_theme = Theme
filter_all = All
filter_reset = Reset filters
filter_submit = Apply
no_script_filters = Without JavaScript this page cannot apply the filters or the date in its address: it shows everything, as of the latest assessments.
no_script_unfiltered = Open the page without filters
agreements_count =
    { $total ->
        [one] { $n } of { $total } agreement
        *[other] { $n } of { $total } agreements
    }
agreements_none = No agreement matches these filters.
agreement_date = Date
agreement_place = Place
agreement_parties = Agreed by
agreement_facilitator = Facilitated by
agreement_adoption = How it was agreed
agreement_summary = Summary
agreement_citizens = What it changes for citizens
agreement_provisions = Provisions
agreement_provisions_count =
    { $n ->
        [one] { $n } provision
        *[other] { $n } provisions
    }
agreement_related = Related agreements
agreement_events = Related events
agreement_documents = Primary documents
agreement_sources = Sources
agreement_themes = Themes
agreement_kind = Kind
agreement_phase = Phase
disputed_label = Disputed
provision_party = Who must act
provision_quote = Official text
provision_status = Status
provision_history = Assessment history
provision_as_of = assessed on { $date }
provision_successor = Replaced by
claim_says = { $actor } says: { $level }
no_related = None recorded.
print_hint = Print this page
event_kind = Kind
event_place = Place
event_agreements = Agreements concerned
event_actors = Who was involved
event_themes = Themes
event_sources = Sources
event_context = Context
event_before = Earlier event
event_after = Later event
actor_roles = Roles
actor_events = Events
actor_kind = Kind
actor_agreements = Agreements
role_since = from { $date }
role_until = until { $date }
glossary_title = Glossary
glossary_description = The terms and acronyms of the Kosovo–Serbia dialogue, with the names each side uses.
glossary_intro = The terms of the dialogue, with the names and acronyms each side uses for the same thing.
glossary_aliases = Also called
glossary_sources = Sources
sources_heading = Sources
source_opens_new_tab = opens in a new tab
source_kind_label = Kind of source
about_title = About this site
about_description = What Dialogue Explorer is, for whom, how implementation is assessed, how to cite it and the data licence.
about_what_heading = What this is
about_what = Dialogue Explorer is a public record of the dialogue between Kosovo and Serbia facilitated by the European Union since 2011, and of the related documents brokered by the United States. It lists every agreement with its provisions, a timeline of dated events, and an assessment of how far each provision has been implemented. It grew out of a civil-society news list about the dialogue.
about_who_heading = For whom
about_who = For citizens of Kosovo and Serbia and their diaspora, students, journalists and officials, in Albanian, Serbian (Latin and Cyrillic) and English. The pages are light enough for a phone on a weak connection.
about_method_heading = Methodology
about_method = Each provision is summarised in plain words from the text of the agreement; where the official English text is public, it is quoted. Its implementation is assessed at dated points in time, each with a short justification and at least one source. A new assessment is added when the evidence changes; older ones are kept, so the history can be read back.
about_scale_heading = The implementation scale
about_scale_intro = The scale follows the Peace Accords Matrix of the University of Notre Dame's Kroc Institute:
about_evidence_heading = What counts as evidence
about_evidence = Primary texts come first: the agreements as published by the European Union, statements and decisions of the two governments, the assemblies and the courts. Then reference works and reputable reporting, and monitoring by research organisations. Every source gives its publisher, title and date; a web address is given only where it is certain. Where sources disagree, for example on whether a text was signed or only initialled, or on a date, both versions are recorded and the record is marked as disputed.
about_claims = Where a party's government describes the state of a provision differently from the evidence, its claim is shown beside the assessment, attributed and sourced.
about_languages_heading = Languages and names
about_languages = Texts are written in English, Albanian and Serbian; the Serbian Cyrillic version is generated from the Latin one. Places are named as each community writes them, for example Mitrovicë/Mitrovica and Zveçan/Zvečan.
about_cite_heading = How to cite
about_cite = Dialogue Explorer, “[title of the page]”, [address of the page], consulted on [date]. Each agreement and event has its own stable address.
about_licence_heading = Licence
about_licence = The dataset is published under the Creative Commons Attribution 4.0 licence (CC BY 4.0): you may reuse it with attribution. The code is under the MIT licence.
about_codebook_heading = Codebook
about_codebook = Each agreement has a date, place, phase (technical dialogue 2011–2012, high-level dialogue 2012–2020, US-brokered documents, normalisation from 2021), kind, the way it was agreed (signed, initialled, agreed verbally, announced by the facilitator, or signed separately by each party), the parties and facilitators, themes, a summary, what it changes for citizens, its provisions and sources. Each provision has its number as in the text, who must act, and its dated assessments. Each event has a date, kind, title, summary, place, the agreements and actors it concerns, and sources.
about_download = Downloads
phase_technical = Technical dialogue (2011–2012)
phase_high_level = High-level dialogue (2012–2020)
phase_us_brokered = US-brokered documents
phase_normalisation = Normalisation (2021–)
kind_agreement = Agreement
kind_conclusions = Agreed conclusions
kind_arrangement = Arrangement
kind_declaration = Declaration
kind_roadmap = Roadmap
kind_annex = Annex
kind_implementation_plan = Implementation plan
kind_letter_of_intent = Letter of intent
kind_commitments = Commitments
adoption_signed = Signed
adoption_initialled = Initialled
adoption_verbal = Agreed verbally, not signed
adoption_announced = Announced by the facilitator as agreed
adoption_separately = Each party signed its own document
event_dialogue = Dialogue meeting
event_agreement = Agreement reached
event_ratification = Ratification
event_court = Court ruling
event_implementation = Implementation
event_crisis = Crisis
event_election = Election
event_civil_society = Civil society
event_statement = Statement
level_not_started = Not started
level_minimal = Minimal
level_partial = Partial
level_implemented = Implemented
level_reversed = Reversed
level_superseded = Superseded
level_not_started_help = 0 — no step taken to implement it.
level_minimal_help = 1 — first steps only: laws, bodies or plans, with little effect in practice.
level_partial_help = 2 — under way, with visible effect, but not complete.
level_implemented_help = 3 — implemented in full, or nearly so.
level_reversed_help = Implemented, then undone.
level_superseded_help = Replaced by a later provision or agreement, which is named.
party_kosovo = Kosovo
party_serbia = Serbia
party_both = Both
party_eu = The EU
actor_participant = Party to the dialogue
actor_person = Person
actor_institution = Institution
actor_state = State
actor_organisation = Organisation
actor_party = Political party
source_primary = Primary source
source_reference = Reference work
source_reporting = Reporting
source_analysis = Analysis
nav_status = Implementation
status_title = How far has each agreement been implemented?
status_description = Implementation of the Kosovo–Serbia agreements, provision by provision: shares per level, a weighted percentage, by agreement, theme and party, at any date.
status_intro = What was agreed, and what was done? Each provision is assessed on a four-step scale at dated points, with sources. Choose a date to see the state at that time.
status_asof_label = State as of
status_asof_latest = Latest assessments
status_asof_apply = Show
status_showing_asof = Figures as of { $date }.
status_showing_latest = Figures from the latest assessments ({ $date }).
status_overall = All provisions
status_weighted = Weighted implementation
status_weighted_help = The mean level of the provisions on the 0–3 scale, as a percentage of full implementation. Reversed provisions count as 0; superseded ones are left out.
status_method_link = How levels are assessed
status_provisions_n =
    { $n ->
        [one] { $n } provision
        *[other] { $n } provisions
    }
status_none_yet = No agreement had been reached by this date.
status_over_time = Weighted implementation over time
status_chart_desc = Line chart of the weighted implementation percentage at the end of each year; the same figures are in the table below it.
status_chart_table = The figures of the chart
status_by_agreement = By agreement
status_by_theme = By theme
status_by_party = By who must act
status_sort_label = Order
status_sort_date = Newest first
status_sort_percent = Most implemented first
status_sort_provisions = Most provisions first
status_matrix = Every provision
status_matrix_intro = Each square is one provision, with its level written in it; it opens the provision's assessments and sources.
status_recent = Changed recently
status_first_assessment = first assessment
status_claims = Where a government's account differs
status_claims_intro = The assessment from the evidence, and beside it the claim of a party's government, attributed and sourced.
status_assessment = Assessment
status_claim = Claim
status_download_csv = Download these figures (CSV)
col_name = Name
col_provisions = Provisions
col_year_end = Date
col_percent = Weighted implementation
col_levels = Provisions by level
not_assessed = not assessed
nav_timeline = Timeline
timeline_title = Timeline of the dialogue
timeline_description = Every event and agreement of the Kosovo–Serbia dialogue since 2010, year by year, with filters.
timeline_intro = Every event and every agreement in one list. Narrow it by kind, theme, actor, agreement, years or words; the address keeps your choices, so the view can be shared.
tl_order = Order
tl_newest = Newest first
tl_oldest = Oldest first
tl_kind = Kind
tl_kind_agreement_text = Agreement (the text)
tl_actor = Actor
tl_agreement = Agreement
tl_from = From year
tl_to = To year
tl_text = Words in the title or summary
tl_count =
    { $total ->
        [one] { $n } of { $total } item
        *[other] { $n } of { $total } items
    }
tl_none = Nothing matches these filters.
tl_overview = Items per year
tl_overview_months = Items per month in { $year }
tl_zoom_out = All years
tl_years = Jump to a year
tl_keyboard_hint = Arrow keys move between items; Home and End go to the first and the last.
tl_filters = Filters
tl_more = more
tl_skip_to_list = Skip to the list
tl_no_script = Without JavaScript the timeline cannot filter: it lists every item, whatever the address asks for.
tl_no_script_link = Open the whole timeline
agreement_timeline = Timeline of this agreement
moment_status = Provision { $number }
on_timeline = Show on the timeline
search_label = Search
search_placeholder = Agreements, events…
search_submit = Search
search_title = Search
search_description = Search every agreement, provision, event, actor and term of the Kosovo–Serbia dialogue in English, Albanian and Serbian, in both scripts.
search_intro = Every language and both scripts are searched at once: a Serbian or Albanian word finds the record whatever language you read in.
search_results_count =
    { $n ->
        [one] { $n } result
        *[other] { $n } results
    }
search_no_results = Nothing was found for “{ $q }”.
search_did_you_mean = Did you mean
search_hint = Try fewer or shorter words, another spelling, or the name the other side uses: IBM, ZSO, ASM, Mitrovica…
search_languages_loading = Showing matches in this page’s language; matches in the other languages follow in a moment.
search_languages_failed = The texts in the other languages could not be loaded, so only matches in this page’s language are shown.
sources_loading = Loading the sources…
sources_failed = The sources could not be loaded. Reload the page to see them.
# Citations on pages that cite in several places: "Sources: [2] [5]"; each
# number links to the page's one entry for that source.
cites_label = Sources
cited_in = Cited in
search_type_something = Type a word or a name to search.
search_no_script = Search needs JavaScript, which is off in this browser. You can still browse:
facet_kind = Kind
facet_year = Year
facet_theme = Theme
facet_clear = All results
record_agreement = Agreement
record_provision = Provision
record_event = Event
record_actor = Actor
record_glossary = Glossary term
download_json = The whole dataset (JSON)
download_schema = Its JSON Schema
download_agreements = Agreements (CSV)
download_provisions = Provisions with their current level (CSV)
download_status = Every status assessment (CSV)
download_events = Events (CSV)
download_changelog = What changed in the dataset (changelog)
download_feed = New events and status changes (Atom feed)
feed_title = Dialogue Explorer: new events and status changes
feed_subtitle = Events in the Kosovo–Serbia dialogue and changes in how far its agreements are implemented, with sources.

## Sources and their grading
tier_primary = official document
tier_media = news report
tier_reference = reference work
tier_other = other source, not relied on alone
source_accessed = read { $date }
weak_source_note = This rests only on sources that this record does not rely on alone: see “How sources are graded” on the About page.
record_as_of = Record as of { $date }
about_grading_heading = How sources are graded
about_grading = Every publisher we cite has a grade in a public register. Official documents come from EU institutions, the governments and assemblies of Kosovo and Serbia, courts, EULEX, the UN, the OSCE and KFOR/NATO. News reports come from news agencies and established media in Kosovo, Serbia and abroad. Reference works are encyclopaedias and databases. Everything else (aggregators, rewrites of agency copy, blogs, small portals, think tanks) is an other source, which we never rely on alone. Every event and every assessment cites at least one official document or news report; where only other sources exist, the item stays in the record and says so. A reprint names the agency it carries, and a source’s publication date is kept apart from the day we read it.

## Guides and topics
nav_guides = Your questions
nav_themes = Topics
guides_title = Your questions, answered from the record
guides_description = Plain answers to citizens’ questions about crossing, plates, documents, electricity, phones, money, justice and missing persons, drawn from the agreements and their implementation.
guides_intro = Each answer says what the sources say today, how it came about and which agreements it rests on. It is not legal advice: check with the office named before you travel or apply.
guide_as_of = As of { $date }
guide_needs = What you need
guide_history = What changed and when
guide_rests_on = The agreements this rests on
guide_accounts = Where the two governments’ accounts differ
guide_sources = Sources
guide_last_checked = Last checked { $date }
guide_not_advice = This is a summary of public sources, not legal advice.
guide_topics = Topics
themes_title = Topics
themes_description = Every topic of the Kosovo–Serbia dialogue, with how far its provisions have been implemented, its events and the guides that draw on it.
themes_intro = The provisions of every agreement, gathered by topic. Each topic page brings together its implementation figure, its provisions grouped by agreement, its events and the guides that draw on it.
theme_figure = Implementation of this topic
theme_provisions = Provisions, by agreement
theme_last_assessed = last assessed { $date }
theme_events = Events, newest first
theme_guides = Guides that draw on this topic
theme_none = No event or guide yet.
home_questions = Your questions
home_topics = Topics
way_guides = Plain answers to citizens’ questions: crossing, plates, documents, electricity, money.
way_themes = Each topic in one place: its provisions, their implementation and its events.
way_timeline = Everything that happened, by year and month.
way_status = How far each provision has been implemented, and on which date.
way_search = Search every record in Albanian, Serbian and English.
record_guide = Guide
record_theme = Topic
agreement_guides = Guides and topics that draw on this agreement
guide_no_provisions = No agreement of the dialogue covers this question; the answer rests on the decisions and events below.
search_sort_label = Order
search_sort_relevance = most relevant
search_sort_newest = newest first
# Phones and long pages: the header's menu button, the search filters'
# disclosure, the as-of year and month, the contents bar of an agreement,
# its folded event list, the link back to the top of the page.
menu = Menu
search_filter = Filter
status_asof_year = Year
status_asof_month = Month
contents_label = On this page
contents_history = Timeline
agreement_events_all =
    { $n ->
        [one] Show { $n } event
        *[other] Show all { $n } events
    }
back_to_top = Back to top
# The foot of every record, topic and guide page: share, cite, report.
last_updated = Last updated { $date }
copy_link = Copy link
page_address = Address of this page
link_copied = Link copied
copy_failed = The link could not be copied: select the address and copy it yourself.
cite_heading = Cite this page
cite_text = { $title }. { $publisher }, last updated { $updated }. { $url } (accessed { $accessed }).
cite_text_undated = { $title }. { $publisher }. { $url } (accessed { $accessed }).
report_mistake = Report a mistake on this page
report_subject = Mistake on the page { $id }
report_page = Page
report_record = Identifier
report_prompt = What is wrong, and which source shows it?
status_asof_future = Figures as of today, because the address asked for a date still to come: { $date }.
