"""Verified 'read more' links for the national guidance articles (issue 18).

Every URL here was seen in a search result of the authority's own site (or of suomi.fi, InfoFinland,
vaalit.fi or eduskunta.fi) in December 2026. Where the authority's page was only found in one language,
the other language versions link that page and say which language it is in.
apply_guidance_links.py turns bare domain names into links and appends the 'read more' lines.
"""

FI, SV, EN = "fi", "sv", "en"

U = {
    # Kela
    "kela_families_fi": "https://www.kela.fi/perhe-etuudet-suomessa",
    "kela_families_intl_fi": "https://www.kela.fi/perhe-etuudet-kansainvalisissa-tilanteissa",
    "kela_child_benefit_fi": "https://www.kela.fi/lapsilisa",
    "kela_home_care_sv": "https://www.kela.fi/web/sv/stod-for-hemvard",
    "kela_home_care_en": "https://kela.fi/web/en/child-home-care-allowance",
    "kela_social_assistance_fi": "https://www.kela.fi/toimeentulotuki-pikaopas",
    "kela_social_assistance_apply_fi": "https://www.kela.fi/toimeentulotuki-nain-haet",
    "kela_social_assistance_selko": "https://www.kela.fi/web/selkosuomi/toimeentulotuki",
    "kela_unemployment_en": "https://www.kela.fi/web/en/amount-of-the-unemployment-benefit",
    "kela_housing_fi": "https://www.kela.fi/yleinen-asumistuki-kuka-voi-saada",
    "kela_housing_en": "https://www.kela.fi/general-housing-allowance",
    "kela_moving_en": "https://kela.fi/from-other-countries-to-finland-family-members",
    "kela_moving_suomifi_en": "https://www.suomi.fi/services/kela-s-guidance-and-advice-when-moving-to-or-from-finland-kela/b5c945e5-a4d6-47b9-9362-0fe0f20adc2e",
    # Migri
    "migri_citizenship_fi": "https://migri.fi/suomen-kansalaisuus",
    "migri_citizenship_faq_fi": "https://migri.fi/ukk-suomen-kansalaisuus",
    "migri_employment_faq_en": "https://migri.fi/faq-employment",
    "migri_extended_work_en": "https://migri.fi/en/working-while-your-extended-permit-application-is-being-processed",
    "migri_family_income_en": "https://migri.fi/en/income-requirement-for-family-members-of-a-person-who-has-been-granted-a-residence-permit-in-finland",
    "migri_income_en": "https://migri.fi/income-requirement",
    # DVV and suomi.fi
    "dvv_registration_en": "https://dvv.fi/en/foreigner-registration",
    "dvv_registration_suomifi_fi": "https://www.suomi.fi/palvelut/ulkomaalaisen-rekisterointi-vaestotietojarjestelmaan-digi-ja-vaestotietovirasto/e96066b8-ef80-4d64-9c44-ff71ccb291d9",
    "dvv_personal_data_fi": "https://dvv.fi/henkilotiedot",
    "dvv_authorisation_official_fi": "https://dvv.fi/virkailijavaltuuttamispalvelu",
    "dvv_finnish_authenticator_fi": "https://dvv.fi/finnish-authenticator",
    "suomifi_identify_en": "https://www.suomi.fi/instructions-and-support/identification/how-to-identify-yourself-in-an-e-service",
    "suomifi_authorisations_glossary_fi": "https://www.suomi.fi/ohjeet-ja-tuki/valtuudet/mika-on-suomifi-valtuudet/valtuuksien-sanasto",
    "police_foreigner_id_card_en": "https://www.suomi.fi/services/foreigners-identity-card-poliisi/784cf477-b2b0-4799-8e86-c07a2b7d65b1",
    # InfoFinland
    "infofinland_registering_fi": "https://www.infofinland.fi/fi/muutto-suomeen/asukkaaksi-rekisteroityminen",
    "infofinland_citizenship_fi": "https://www.infofinland.fi/fi/elama-suomessa/asettuminen-suomeen/suomen-kansalaisuus",
    "infofinland_child_care_en": "https://www.infofinland.fi/en/living-in-finland/family/taking-care-of-a-child",
    "infofinland_comprehensive_en": "https://www.infofinland.fi/en/living-in-finland/education/child-education/comprehensive-education",
    # Education
    "oph_recognition_fi": "https://www.oph.fi/fi/palvelumme/tutkintojen-tunnustaminen",
    "oph_recognition_employers_en": "https://www.oph.fi/en/services/information-employers-about-recognition-qualifications",
    "oph_recognition_studies_en": "https://www.oph.fi/en/services/recognition-foreign-higher-education-studies-comparable-certain-studies",
    "oph_yki_en": "https://www.oph.fi/en/education-and-qualifications/registering-yki-test",
    "studyinfo_faq_en": "https://studyinfo.fi/wp2/en/faq/faq-about-higher-education/",
    # Permit and supervision
    "lvv_additional_studies_fi": "https://lvv.fi/sosiaali-ja-terveydenhuolto/lisaopintojen-suorittaminen",
    "lvv_opinion_en": "https://lvv.fi/healthcare-and-social-welfare/replying-to-a-request-for-an-opinion",
    "tyosuojelu_employment_en": "https://tyosuojelu.fi/en/employment-relationship",
    "tyosuojelu_foreign_employee_en": "https://www.tyosuojelu.fi/web/en/employment-relationship/foreign-employee/",
    "tyomarkkinatori_permit_en": "https://tyomarkkinatori.fi/en/personal-customers/information-about-working-life/internationality/coming-to-finland-from-abroad/applying-for-a-residence-permit-as-an-employee",
    # Justice, tax
    "oikeus_legal_aid_fi": "https://oikeus.fi/fi/index/esitteet/oikeusapu/mitenoikeusapuahaetaan.html",
    "oikeus_debt_counselling_fi": "https://oikeus.fi/talousjavelkaneuvonta/fi/index/apuatalousvaikeuksiin_1/talous-javelkaneuvonta/organisaatio.html",
    "vero_form_5042_fi": "https://www.vero.fi/tietoa-verohallinnosta/yhteystiedot-ja-asiointi/lomakkeet/tayttoohjeet/verokortti-ennakkovero--tai-veronumerohakemus--ulkomailla-asuva-tai-asunut-henkil%C3%B6-lomake-5042-t%C3%A4ytt%C3%B6ohje/",
    # Health
    "thl_vaccination_fi": "https://thl.fi/aiheet/infektiotaudit-ja-rokotukset/tietoa-rokotuksista/kansallinen-rokotusohjelma",
    "thl_vaccination_en": "https://thl.fi/en/topics/infectious-diseases-and-vaccinations/information-about-vaccinations",
    "mieli_helpline": "https://mieli.fi/helpline",
    "counties_sv": "https://vaalit.fi/sv/valfardsomraden",
    "counties_en": "https://vaalit.fi/en/wellbeing-services-counties-and-county-councils",
    # Integration and interpreting
    "he_208_2022": "https://eduskunta.fi/FI/vaski/HallituksenEsitys/Sivut/HE_208+2022.aspx",
    "he_21_2024": "https://eduskunta.fi/fi/vaski/hallituksenesitys/sivut/he_21+2024.aspx",
    "kotoutuminen_interpreting_en": "https://kotoutuminen.fi/en/language-and-interpretation",
    "kotoutuminen_interpreter_fi": "https://kotouttaminen.fi/tulkkaaminen-asiakastapaamisessa",
    "stm_international_en": "https://stm.fi/en/income-security/international-social-security",
}

# Bare domain names in the text become links. Home pages are used only where no deeper page of the
# authority was found (reported in the closing note).
DOMAINS = {
    "kkv.fi": "https://www.kkv.fi/",
    "fine.fi": "https://www.fine.fi/",
    "turvakoti.net": "https://turvakoti.net/",
    "finanssivalvonta.fi": "https://www.finanssivalvonta.fi/",
    "tietosuoja.fi": "https://tietosuoja.fi/",
    "uusyrityskeskus.fi": "https://uusyrityskeskus.fi/",
    "Omakanta.fi": "https://www.omakanta.fi/",
    "omakanta.fi": "https://www.omakanta.fi/",
    "selkokeskus.fi": "https://selkokeskus.fi/",
    "ulosottolaitos.fi": "https://www.ulosottolaitos.fi/",
    "tyosuojelu.fi/sv": "https://tyosuojelu.fi/sv",
    "Opintopolku.fi": "https://opintopolku.fi/",
}

def L(fi, sv, en):
    return {FI: fi, SV: sv, EN: en}

# article id -> {lang: [(text, url-key-or-url), ...]} plus optional per-article domain targets
K = U
ARTICLES = {
 "early-childhood-education-application": L(
    [("InfoFinland: lapsen hoito ja varhaiskasvatus (englanniksi)", K["infofinland_child_care_en"]), ("Kela: lapsiperheen tuet Suomeen muuttaville", K["kela_families_fi"])],
    [("InfoFinland: barnomsorg och småbarnspedagogik (på engelska)", K["infofinland_child_care_en"]), ("FPA: stöd för hemvård av barn", K["kela_home_care_sv"])],
    [("InfoFinland: taking care of a child", K["infofinland_child_care_en"]), ("Kela: child home care allowance", K["kela_home_care_en"])]),
 "early-childhood-education-fees": L(
    [("InfoFinland: lapsen hoito ja varhaiskasvatus (englanniksi)", K["infofinland_child_care_en"]), ("Kela: toimeentulotuen pikaopas (myös täydentävä ja ehkäisevä tuki)", K["kela_social_assistance_fi"])],
    [("InfoFinland: barnomsorg och småbarnspedagogik (på engelska)", K["infofinland_child_care_en"]), ("FPA: snabbguide till utkomststöd (på finska)", K["kela_social_assistance_fi"])],
    [("InfoFinland: taking care of a child", K["infofinland_child_care_en"]), ("Kela: quick guide to social assistance (in Finnish)", K["kela_social_assistance_fi"])]),
 "pre-primary-education-enrolment": L(
    [("InfoFinland: lapsen hoito, varhaiskasvatus ja esiopetus (englanniksi)", K["infofinland_child_care_en"]), ("InfoFinland: perusopetus (englanniksi)", K["infofinland_comprehensive_en"])],
    [("InfoFinland: barnomsorg och förskola (på engelska)", K["infofinland_child_care_en"]), ("InfoFinland: grundläggande utbildning (på engelska)", K["infofinland_comprehensive_en"])],
    [("InfoFinland: taking care of a child", K["infofinland_child_care_en"]), ("InfoFinland: comprehensive education", K["infofinland_comprehensive_en"])]),
 "school-enrolment-basic-education": L(
    [("InfoFinland: perusopetus ja kouluun ilmoittautuminen (englanniksi)", K["infofinland_comprehensive_en"])],
    [("InfoFinland: grundläggande utbildning och skolanmälan (på engelska)", K["infofinland_comprehensive_en"])],
    [("InfoFinland: comprehensive education and starting school", K["infofinland_comprehensive_en"])]),
 "preparatory-education-for-basic-education": L(
    [("InfoFinland: perusopetus, myös maahanmuuttajille (englanniksi)", K["infofinland_comprehensive_en"])],
    [("InfoFinland: grundläggande utbildning, också för invandrare (på engelska)", K["infofinland_comprehensive_en"])],
    [("InfoFinland: comprehensive education, also for immigrants", K["infofinland_comprehensive_en"])]),
 "finnish-as-second-language-and-mother-tongue": L(
    [("InfoFinland: perusopetus (englanniksi)", K["infofinland_comprehensive_en"])],
    [("InfoFinland: grundläggande utbildning (på engelska)", K["infofinland_comprehensive_en"])],
    [("InfoFinland: comprehensive education", K["infofinland_comprehensive_en"])]),
 "kela-child-home-care-allowance": L(
    [("Kela: lapsiperheen tuet Suomeen muuttaville", K["kela_families_fi"]), ("Kela: perhe-etuudet kansainvälisissä tilanteissa", K["kela_families_intl_fi"])],
    [("FPA: stöd för hemvård av barn", K["kela_home_care_sv"])],
    [("Kela: child home care allowance", K["kela_home_care_en"])]),
 "kela-private-day-care-allowance": L(
    [("Kela: lapsiperheen tuet Suomeen muuttaville", K["kela_families_fi"])],
    [("FPA: stöd för hemvård av barn (också om privat vård)", K["kela_home_care_sv"])],
    [("Kela: child home care allowance (also on hiring a day care provider)", K["kela_home_care_en"])]),
 "registering-as-jobseeker": L(
    [("Kela: työttömyysetuudet (englanniksi)", K["kela_unemployment_en"])],
    [("FPA: arbetslöshetsförmåner (på engelska)", K["kela_unemployment_en"])],
    [("Kela: unemployment benefits", K["kela_unemployment_en"])]),
 "municipal-employment-services-2025": L(
    [("Kela: työttömyysetuudet (englanniksi)", K["kela_unemployment_en"])],
    [("FPA: arbetslöshetsförmåner (på engelska)", K["kela_unemployment_en"])],
    [("Kela: unemployment benefits", K["kela_unemployment_en"])]),
 "integration-plan-and-initial-assessment": L(
    [("Hallituksen esitys HE 208/2022: kotoutumisohjelma ja palvelutarpeen arviointi", K["he_208_2022"]), ("Hallituksen esitys HE 21/2024: maksu käyttämättä jätetystä palvelusta", K["he_21_2024"])],
    [("Regeringens proposition RP 208/2022 (på finska)", K["he_208_2022"]), ("Regeringens proposition RP 21/2024 om avgiften (på finska)", K["he_21_2024"])],
    [("Government proposal HE 208/2022 on the integration programme (in Finnish)", K["he_208_2022"]), ("Government proposal HE 21/2024 on the fee (in Finnish)", K["he_21_2024"])]),
 "recognition-of-foreign-qualifications": L(
    [("Opetushallitus: tutkintojen tunnustaminen", K["oph_recognition_fi"]), ("Lupa- ja valvontavirasto: terveydenhuollon ammattioikeus ja lisäopinnot", K["lvv_additional_studies_fi"])],
    [("Utbildningsstyrelsen: erkännande av examina (på finska)", K["oph_recognition_fi"]), ("Tillstånds- och tillsynsverket: yrkesrättigheter (på engelska)", K["lvv_opinion_en"])],
    [("Finnish National Agency for Education: recognition of qualifications", K["oph_recognition_employers_en"]), ("Finnish Supervisory Agency: right to practise a health care or social welfare profession", K["lvv_opinion_en"])]),
 "applying-to-vocational-education": L(
    [("Studyinfo: usein kysyttyä hakemisesta (englanniksi)", K["studyinfo_faq_en"])],
    [("Studieinfo: vanliga frågor om ansökan (på engelska)", K["studyinfo_faq_en"])],
    [("Studyinfo: FAQ about applying", K["studyinfo_faq_en"])]),
 "joint-application-upper-secondary": L(
    [("Studyinfo: usein kysyttyä hakemisesta (englanniksi)", K["studyinfo_faq_en"])],
    [("Studieinfo: vanliga frågor om ansökan (på engelska)", K["studyinfo_faq_en"])],
    [("Studyinfo: FAQ about applying", K["studyinfo_faq_en"])]),
 "applying-to-higher-education": L(
    [("Studyinfo: korkeakouluihin hakeminen (englanniksi)", K["studyinfo_faq_en"]), ("Opetushallitus: tutkintojen tunnustaminen", K["oph_recognition_fi"])],
    [("Studieinfo: ansökan till högskolor (på engelska)", K["studyinfo_faq_en"]), ("Utbildningsstyrelsen: erkännande av examina (på finska)", K["oph_recognition_fi"])],
    [("Studyinfo: FAQ about applying to higher education", K["studyinfo_faq_en"]), ("Finnish National Agency for Education: recognition of studies", K["oph_recognition_studies_en"])]),
 "kela-student-financial-aid": L(
    [("Kela: yleinen asumistuki", K["kela_housing_fi"]), ("Kela: toimeentulotuen pikaopas", K["kela_social_assistance_fi"])],
    [("FPA: allmänt bostadsbidrag (på engelska)", K["kela_housing_en"]), ("FPA: snabbguide till utkomststöd (på finska)", K["kela_social_assistance_fi"])],
    [("Kela: general housing allowance", K["kela_housing_en"]), ("Kela: quick guide to social assistance (in Finnish)", K["kela_social_assistance_fi"])]),
 "employment-contract-and-employee-rights": L(
    [("Työsuojelu: työsuhde (englanniksi)", K["tyosuojelu_employment_en"]), ("Työsuojelu: ulkomainen työntekijä (englanniksi)", K["tyosuojelu_foreign_employee_en"])],
    [("Arbetarskyddet: anställningsförhållande (på engelska)", K["tyosuojelu_employment_en"]), ("Arbetarskyddet: utländsk arbetstagare (på engelska)", K["tyosuojelu_foreign_employee_en"])],
    [("Occupational safety and health: employment relationship", K["tyosuojelu_employment_en"]), ("Occupational safety and health: foreign employee", K["tyosuojelu_foreign_employee_en"])]),
 "employee-residence-permit": L(
    [("Migri: usein kysyttyä työnteosta (englanniksi)", K["migri_employment_faq_en"]), ("Työmarkkinatori: työntekijän oleskelulupa (englanniksi)", K["tyomarkkinatori_permit_en"])],
    [("Migri: vanliga frågor om arbete (på engelska)", K["migri_employment_faq_en"]), ("Jobbmarknaden: uppehållstillstånd för arbetstagare (på engelska)", K["tyomarkkinatori_permit_en"])],
    [("Migri: frequently asked questions on employment", K["migri_employment_faq_en"]), ("Job Market Finland: applying for a residence permit as an employee", K["tyomarkkinatori_permit_en"])]),
 "starting-a-business": L(
    [("Migri: toimeentuloedellytys (englanniksi)", K["migri_income_en"])],
    [("Migri: försörjningsförutsättning (på engelska)", K["migri_income_en"])],
    [("Migri: income requirement", K["migri_income_en"])]),
 "network-warm-referral-employment-services": L(
    [("Kela: työttömyysetuudet (englanniksi)", K["kela_unemployment_en"])],
    [("FPA: arbetslöshetsförmåner (på engelska)", K["kela_unemployment_en"])],
    [("Kela: unemployment benefits", K["kela_unemployment_en"])]),
 "kela-social-security-coverage": L(
    [("Kela: perhe-etuudet kansainvälisissä tilanteissa ja ilmoitus Suomeen muutosta", K["kela_families_intl_fi"]), ("Kela: Suomeen muuttavan etuudet (englanniksi)", K["kela_moving_en"])],
    [("FPA: förmåner när man flyttar till Finland (på engelska)", K["kela_moving_en"]), ("Suomi.fi: FPA:s rådgivning vid flytt (på engelska)", K["kela_moving_suomifi_en"])],
    [("Kela: benefits when you move to Finland", K["kela_moving_en"]), ("Suomi.fi: Kela's guidance when moving to or from Finland", K["kela_moving_suomifi_en"])]),
 "kela-basic-social-assistance": L(
    [("Kela: toimeentulotuen pikaopas", K["kela_social_assistance_fi"]), ("Kela: näin haet perustoimeentulotukea", K["kela_social_assistance_apply_fi"]), ("Kela: toimeentulotuki selkosuomeksi", K["kela_social_assistance_selko"])],
    [("FPA: snabbguide till utkomststöd (på finska)", K["kela_social_assistance_fi"])],
    [("Kela: quick guide to social assistance (in Finnish)", K["kela_social_assistance_fi"]), ("Kela: social assistance in plain Finnish", K["kela_social_assistance_selko"])]),
 "supplementary-and-preventive-social-assistance": L(
    [("Kela: toimeentulotuen pikaopas (täydentävä ja ehkäisevä tuki)", K["kela_social_assistance_fi"])],
    [("FPA: snabbguide till utkomststöd (på finska)", K["kela_social_assistance_fi"]), ("Välfärdsområdena och deras kommuner", K["counties_sv"])],
    [("Kela: quick guide to social assistance (in Finnish)", K["kela_social_assistance_fi"]), ("The wellbeing services counties and their municipalities", K["counties_en"])]),
 "kela-unemployment-benefits": L(
    [("Kela: työttömyysetuudet (englanniksi)", K["kela_unemployment_en"])],
    [("FPA: arbetslöshetsförmåner (på engelska)", K["kela_unemployment_en"])],
    [("Kela: unemployment benefits", K["kela_unemployment_en"])]),
 "kela-child-benefit": L(
    [("Kela: lapsilisä", K["kela_child_benefit_fi"]), ("Kela: lapsiperheen tuet Suomeen muuttaville", K["kela_families_fi"])],
    [],
    [("Kela: child benefit (in Finnish)", K["kela_child_benefit_fi"]), ("Kela: benefits when you move to Finland", K["kela_moving_en"])]),
 "kela-maternity-grant-and-parental-allowances": L(
    [("Kela: lapsiperheen tuet Suomeen muuttaville (äitiysavustus, vanhempainraha)", K["kela_families_fi"])],
    [("FPA: stöd till barnfamiljer som flyttar till Finland (på finska)", K["kela_families_fi"])],
    [("Kela: family benefits for people moving to Finland (in Finnish)", K["kela_families_fi"]), ("Kela: benefits when you move to Finland", K["kela_moving_en"])]),
 "social-services-wellbeing-services-county": L(
    [("Hyvinvointialueet ja niiden kunnat (englanniksi)", K["counties_en"])],
    [("Välfärdsområdena och deras kommuner", K["counties_sv"])],
    [("The wellbeing services counties and their municipalities", K["counties_en"])]),
 "debt-and-financial-counselling": L(
    [("Oikeusaputoimistot: talous- ja velkaneuvonta", K["oikeus_debt_counselling_fi"])],
    [("Rättshjälpsbyråerna: ekonomi- och skuldrådgivning (på finska)", K["oikeus_debt_counselling_fi"])],
    [("Legal aid offices: financial and debt counselling (in Finnish)", K["oikeus_debt_counselling_fi"])]),
 "network-warm-referral-kela": L(
    [("Kela: toimeentulotuen pikaopas", K["kela_social_assistance_fi"])],
    [("FPA: snabbguide till utkomststöd (på finska)", K["kela_social_assistance_fi"])],
    [("Kela: quick guide to social assistance (in Finnish)", K["kela_social_assistance_fi"])]),
 "network-contact-request-social-services": L(
    [("Hyvinvointialueet ja niiden kunnat (englanniksi)", K["counties_en"])],
    [("Välfärdsområdena och deras kommuner", K["counties_sv"])],
    [("The wellbeing services counties and their municipalities", K["counties_en"])]),
 "health-centre-appointment": L(
    [("Hyvinvointialueet ja niiden kunnat (englanniksi)", K["counties_en"])],
    [("Välfärdsområdena och deras kommuner", K["counties_sv"])],
    [("The wellbeing services counties and their municipalities", K["counties_en"])]),
 "emergency-care-112-and-116117": L(
    [("Hyvinvointialueet ja niiden kunnat (englanniksi)", K["counties_en"])],
    [("Välfärdsområdena och deras kommuner", K["counties_sv"])],
    [("The wellbeing services counties and their municipalities", K["counties_en"])]),
 "maternity-clinic": L(
    [("Kela: lapsiperheen tuet Suomeen muuttaville", K["kela_families_fi"]), ("THL: kansallinen rokotusohjelma", K["thl_vaccination_fi"])],
    [("Välfärdsområdena och deras kommuner", K["counties_sv"]), ("THL: vaccinationer (på engelska)", K["thl_vaccination_en"])],
    [("The wellbeing services counties and their municipalities", K["counties_en"]), ("THL: information about vaccinations", K["thl_vaccination_en"])]),
 "child-health-clinic": L(
    [("THL: kansallinen rokotusohjelma", K["thl_vaccination_fi"])],
    [("THL: vaccinationer (på engelska)", K["thl_vaccination_en"]), ("Välfärdsområdena och deras kommuner", K["counties_sv"])],
    [("THL: information about vaccinations", K["thl_vaccination_en"]), ("The wellbeing services counties and their municipalities", K["counties_en"])]),
 "right-to-public-health-care": L(
    [("Kela: Suomeen muuttavan etuudet (englanniksi)", K["kela_moving_en"]), ("InfoFinland: asukkaaksi rekisteröityminen ja kotikunta", K["infofinland_registering_fi"])],
    [("Välfärdsområdena och deras kommuner", K["counties_sv"]), ("FPA: förmåner när man flyttar till Finland (på engelska)", K["kela_moving_en"])],
    [("The wellbeing services counties and their municipalities", K["counties_en"]), ("Kela: benefits when you move to Finland", K["kela_moving_en"])]),
 "mental-health-services": L(
    [("MIELI: kriisipuhelimen numerot ja kielet (englanniksi)", K["mieli_helpline"])],
    [("MIELI: kristelefonens nummer och språk (på engelska)", K["mieli_helpline"])],
    [("MIELI Crisis Helpline: numbers, languages and opening hours", K["mieli_helpline"])]),
 "dental-care": L(
    [("Hyvinvointialueet ja niiden kunnat (englanniksi)", K["counties_en"])],
    [("Välfärdsområdena och deras kommuner", K["counties_sv"])],
    [("The wellbeing services counties and their municipalities", K["counties_en"])]),
 "kela-medicine-reimbursements": L(
    [("Kela: Suomeen muuttavan etuudet ja Kela-kortti (englanniksi)", K["kela_moving_en"]), ("Kela: toimeentulotuen pikaopas", K["kela_social_assistance_fi"])],
    [("FPA: förmåner och FPA-kort när man flyttar till Finland (på engelska)", K["kela_moving_en"])],
    [("Kela: benefits and the Kela card when you move to Finland", K["kela_moving_en"])]),
 "occupational-health-care": L(
    [("Työsuojelu: työsuhde (englanniksi)", K["tyosuojelu_employment_en"])],
    [("Arbetarskyddet: anställningsförhållande (på engelska)", K["tyosuojelu_employment_en"])],
    [("Occupational safety and health: employment relationship", K["tyosuojelu_employment_en"])]),
 "kela-general-housing-allowance": L(
    [("Kela: kuka voi saada yleistä asumistukea", K["kela_housing_fi"])],
    [("FPA: allmänt bostadsbidrag (på engelska)", K["kela_housing_en"])],
    [("Kela: general housing allowance", K["kela_housing_en"])]),
 "finding-a-rental-apartment": L(
    [("Kela: kuka voi saada yleistä asumistukea", K["kela_housing_fi"])],
    [("FPA: allmänt bostadsbidrag (på engelska)", K["kela_housing_en"])],
    [("Kela: general housing allowance", K["kela_housing_en"])]),
 "rental-agreement-and-deposit": L(
    [("Kela: näin haet perustoimeentulotukea (myös vuokravakuus)", K["kela_social_assistance_apply_fi"])],
    [("FPA: så ansöker du om grundläggande utkomststöd, också hyresgaranti (på finska)", K["kela_social_assistance_apply_fi"])],
    [("Kela: how to apply for basic social assistance, also a rent deposit (in Finnish)", K["kela_social_assistance_apply_fi"])]),
 "notice-of-move": L(
    [("InfoFinland: asukkaaksi rekisteröityminen", K["infofinland_registering_fi"])],
    [("MDB: registrering av utlänningar (på engelska)", K["dvv_registration_en"])],
    [("DVV: registration of a foreigner's personal data", K["dvv_registration_en"])]),
 "home-insurance": L(
    [("Kela: toimeentulotuen pikaopas", K["kela_social_assistance_fi"])],
    [("FPA: snabbguide till utkomststöd (på finska)", K["kela_social_assistance_fi"])],
    [("Kela: quick guide to social assistance (in Finnish)", K["kela_social_assistance_fi"])]),
 "homelessness-and-emergency-housing": L(
    [("Hyvinvointialueet ja niiden kunnat (englanniksi)", K["counties_en"])],
    [("Välfärdsområdena och deras kommuner", K["counties_sv"])],
    [("The wellbeing services counties and their municipalities", K["counties_en"])]),
 "housing-advice-and-rent-arrears": L(
    [("Kela: toimeentulotuen pikaopas (ehkäisevä toimeentulotuki)", K["kela_social_assistance_fi"]), ("Oikeusaputoimistot: talous- ja velkaneuvonta", K["oikeus_debt_counselling_fi"])],
    [("FPA: snabbguide till utkomststöd (på finska)", K["kela_social_assistance_fi"])],
    [("Kela: quick guide to social assistance (in Finnish)", K["kela_social_assistance_fi"])]),
 "personal-identity-code-dvv": L(
    [("Suomi.fi: ulkomaalaisen rekisteröinti väestötietojärjestelmään", K["dvv_registration_suomifi_fi"]), ("InfoFinland: asukkaaksi rekisteröityminen", K["infofinland_registering_fi"])],
    [("MDB: registrering av utlänningar (på engelska)", K["dvv_registration_en"])],
    [("DVV: registration of a foreigner's personal data", K["dvv_registration_en"])]),
 "municipality-of-residence": L(
    [("InfoFinland: asukkaaksi rekisteröityminen ja kotikunta", K["infofinland_registering_fi"]), ("Suomi.fi: ulkomaalaisen rekisteröinti ja kotikunnan hakeminen", K["dvv_registration_suomifi_fi"])],
    [("MDB: registrering av utlänningar och hemkommun (på engelska)", K["dvv_registration_en"])],
    [("DVV: registration of a foreigner and municipality of residence", K["dvv_registration_en"])]),
 "eu-citizen-registration": L(
    [("Suomi.fi: ulkomaalaisen rekisteröinti väestötietojärjestelmään", K["dvv_registration_suomifi_fi"])],
    [("MDB: registrering av utlänningar (på engelska)", K["dvv_registration_en"])],
    [("DVV: registration of a foreigner's personal data", K["dvv_registration_en"])]),
 "residence-permit-extension": L(
    [("Migri: työnteko jatkolupahakemuksen käsittelyn aikana (englanniksi)", K["migri_extended_work_en"]), ("Migri: toimeentuloedellytys (englanniksi)", K["migri_income_en"])],
    [("Migri: arbete medan ansökan om fortsatt tillstånd behandlas (på engelska)", K["migri_extended_work_en"])],
    [("Migri: right to work while your extended permit application is processed", K["migri_extended_work_en"]), ("Migri: income requirement", K["migri_income_en"])]),
 "family-based-residence-permit": L(
    [("Migri: perheenjäsenten toimeentuloedellytys (englanniksi)", K["migri_family_income_en"])],
    [("Migri: försörjningsförutsättning för familjemedlemmar (på engelska)", K["migri_family_income_en"])],
    [("Migri: income requirement for family members", K["migri_family_income_en"])]),
 "tax-card": L(
    [("Verohallinto: verokortti ulkomailta muuttavalle, lomake 5042 ja täyttöohje", K["vero_form_5042_fi"])],
    [("Skatteförvaltningen: skattekort för den som flyttar från utlandet, blankett 5042 (på finska)", K["vero_form_5042_fi"])],
    [("Tax Administration: tax card for people moving from abroad, form 5042 (in Finnish)", K["vero_form_5042_fi"])]),
 "pre-filled-tax-return": L(
    [("Verohallinto: ulkomailta Suomeen tulevan verotus, lomake 5042", K["vero_form_5042_fi"])],
    [("Skatteförvaltningen: beskattning av den som kommer från utlandet (på finska)", K["vero_form_5042_fi"])],
    [("Tax Administration: taxation of people coming from abroad (in Finnish)", K["vero_form_5042_fi"])]),
 "strong-electronic-identification": L(
    [("Suomi.fi: näin tunnistaudut asiointipalveluun (englanniksi)", K["suomifi_identify_en"]), ("Suomi.fi: ulkomaalaisen henkilökortti, poliisi (englanniksi)", K["police_foreigner_id_card_en"]), ("DVV: Finnish Authenticator -tunnistuspalvelu ulkomaalaisille", K["dvv_finnish_authenticator_fi"])],
    [("Suomi.fi: så identifierar du dig i en e-tjänst (på engelska)", K["suomifi_identify_en"]), ("Suomi.fi: identitetskort för utlänningar, polisen (på engelska)", K["police_foreigner_id_card_en"])],
    [("Suomi.fi: how to identify yourself in an e-service", K["suomifi_identify_en"]), ("Suomi.fi: foreigner's identity card, police", K["police_foreigner_id_card_en"])]),
 "bank-account-basic-banking": L(
    [("Suomi.fi: näin tunnistaudut asiointipalveluun (englanniksi)", K["suomifi_identify_en"])],
    [("Suomi.fi: så identifierar du dig i en e-tjänst (på engelska)", K["suomifi_identify_en"])],
    [("Suomi.fi: how to identify yourself in an e-service", K["suomifi_identify_en"])]),
 "suomi-fi-authorisations": L(
    [("DVV: virkailijavaltuuttamispalvelu (valtuutus hakemuksella)", K["dvv_authorisation_official_fi"]), ("Suomi.fi: valtuuksien sanasto", K["suomifi_authorisations_glossary_fi"])],
    [("MDB: fullmakt via tjänsteman (på finska)", K["dvv_authorisation_official_fi"])],
    [("DVV: authorisation through an official (in Finnish)", K["dvv_authorisation_official_fi"])]),
 "finnish-citizenship-application": L(
    [("Migri: Suomen kansalaisuus", K["migri_citizenship_fi"]), ("Migri: usein kysyttyä kansalaisuudesta", K["migri_citizenship_faq_fi"]), ("InfoFinland: Suomen kansalaisuus", K["infofinland_citizenship_fi"])],
    [("Migri: finskt medborgarskap (på finska)", K["migri_citizenship_fi"])],
    [("Migri: Finnish citizenship (in Finnish)", K["migri_citizenship_fi"])]),
 "legal-aid": L(
    [("Oikeus.fi: miten oikeusapua haetaan", K["oikeus_legal_aid_fi"])],
    [("Rättshjälp: hur man ansöker (på finska)", K["oikeus_legal_aid_fi"])],
    [("Legal aid: how to apply (in Finnish)", K["oikeus_legal_aid_fi"])]),
 "appealing-a-decision": L(
    [("Oikeus.fi: miten oikeusapua haetaan", K["oikeus_legal_aid_fi"])],
    [("Rättshjälp: hur man ansöker (på finska)", K["oikeus_legal_aid_fi"])],
    [("Legal aid: how to apply (in Finnish)", K["oikeus_legal_aid_fi"])]),
 "network-consent-for-information-sharing": L(
    [("DVV: mitä tietoja väestötietojärjestelmässä on", K["dvv_personal_data_fi"])],
    [("Myndigheten för digitalisering och befolkningsdata (MDB): uppgifter i befolkningsdatasystemet (på finska)", K["dvv_personal_data_fi"])],
    [("DVV: data in the Population Information System (in Finnish)", K["dvv_personal_data_fi"])]),
 "network-assisting-with-e-services": L(
    [("Suomi.fi: valtuuksien sanasto", K["suomifi_authorisations_glossary_fi"]), ("DVV: virkailijavaltuuttamispalvelu", K["dvv_authorisation_official_fi"])],
    [("Suomi.fi: så identifierar du dig i en e-tjänst (på engelska)", K["suomifi_identify_en"])],
    [("Suomi.fi: how to identify yourself in an e-service", K["suomifi_identify_en"])]),
 "network-data-protection-in-guidance": L(
    [("DVV: mitä tietoja väestötietojärjestelmässä on", K["dvv_personal_data_fi"])],
    [("Myndigheten för digitalisering och befolkningsdata (MDB): uppgifter i befolkningsdatasystemet (på finska)", K["dvv_personal_data_fi"])],
    [("DVV: data in the Population Information System (in Finnish)", K["dvv_personal_data_fi"])]),
 "right-to-interpreter": L(
    [("Kotouttamisen osaamiskeskus: tulkkaaminen asiakastapaamisessa", K["kotoutuminen_interpreter_fi"]), ("Hallituksen esitys HE 21/2024: maksu käyttämättä jätetystä palvelusta", K["he_21_2024"])],
    [("Kompetenscentret för integration: språk och tolkning (på engelska)", K["kotoutuminen_interpreting_en"])],
    [("Integration competence centre: language and interpretation", K["kotoutuminen_interpreting_en"])]),
 "finnish-language-courses-for-adults": L(
    [("Hallituksen esitys HE 208/2022: kotoutumisohjelma", K["he_208_2022"])],
    [("Regeringens proposition RP 208/2022 om integrationsprogrammet (på finska)", K["he_208_2022"])],
    [("Government proposal HE 208/2022 on the integration programme (in Finnish)", K["he_208_2022"])]),
 "services-in-swedish": L(
    [("DVV: väestötietojärjestelmän henkilötiedot, myös asiointikieli", K["dvv_personal_data_fi"])],
    [("MDB: personuppgifter i befolkningsdatasystemet, också kontaktspråk (på finska)", K["dvv_personal_data_fi"])],
    [("DVV: personal data in the Population Information System, including the language of communication (in Finnish)", K["dvv_personal_data_fi"])]),
 "yki-language-certificate": L(
    [("Opetushallitus: YKI-testiin ilmoittautuminen (englanniksi)", K["oph_yki_en"]), ("Migri: usein kysyttyä kansalaisuudesta", K["migri_citizenship_faq_fi"])],
    [("Utbildningsstyrelsen: anmälan till YKI-testet (på engelska)", K["oph_yki_en"])],
    [("Finnish National Agency for Education: registering for the YKI test", K["oph_yki_en"])]),
 "infofinland-multilingual-information": L(
    [("InfoFinland: asukkaaksi rekisteröityminen", K["infofinland_registering_fi"]), ("InfoFinland: Suomen kansalaisuus", K["infofinland_citizenship_fi"])],
    [("InfoFinland: barnomsorg (på engelska)", K["infofinland_child_care_en"])],
    [("InfoFinland: taking care of a child", K["infofinland_child_care_en"]), ("InfoFinland: comprehensive education", K["infofinland_comprehensive_en"])]),
 "network-booking-telephone-interpreter": L(
    [("Kotouttamisen osaamiskeskus: tulkkaaminen asiakastapaamisessa", K["kotoutuminen_interpreter_fi"])],
    [("Kompetenscentret för integration: språk och tolkning (på engelska)", K["kotoutuminen_interpreting_en"])],
    [("Integration competence centre: language and interpretation", K["kotoutuminen_interpreting_en"])]),
 "network-working-with-interpreter": L(
    [("Kotouttamisen osaamiskeskus: tulkkaaminen asiakastapaamisessa", K["kotoutuminen_interpreter_fi"])],
    [("Kompetenscentret för integration: språk och tolkning (på engelska)", K["kotoutuminen_interpreting_en"])],
    [("Integration competence centre: language and interpretation", K["kotoutuminen_interpreting_en"])]),
 "network-plain-language-in-guidance": L(
    [("Kotouttamisen osaamiskeskus: kieli ja tulkkaus, myös selkokieli (englanniksi)", K["kotoutuminen_interpreting_en"]), ("Kela: toimeentulotuki selkosuomeksi (esimerkki selkotekstistä)", K["kela_social_assistance_selko"])],
    [("Kompetenscentret för integration: språk, tolkning och lättläst (på engelska)", K["kotoutuminen_interpreting_en"])],
    [("Integration competence centre: language, interpretation and plain language", K["kotoutuminen_interpreting_en"])]),
}

# Bare domain names in a given article point to the article's own deep page where there is one.
ARTICLE_DOMAINS = {
 "kela-child-home-care-allowance": {"kela.fi": L(K["kela_families_fi"], K["kela_home_care_sv"], K["kela_home_care_en"])},
 "kela-private-day-care-allowance": {"kela.fi": L(K["kela_families_fi"], K["kela_home_care_sv"], K["kela_home_care_en"])},
 "recognition-of-foreign-qualifications": {"oph.fi": L(K["oph_recognition_fi"], K["oph_recognition_fi"], K["oph_recognition_employers_en"])},
 "kela-student-financial-aid": {"kela.fi": L(K["kela_housing_fi"], K["kela_housing_en"], K["kela_housing_en"])},
 "employment-contract-and-employee-rights": {"tyosuojelu.fi": L(K["tyosuojelu_employment_en"], K["tyosuojelu_employment_en"], K["tyosuojelu_employment_en"])},
 "employee-residence-permit": {"migri.fi": L(K["migri_employment_faq_en"], K["migri_employment_faq_en"], K["migri_employment_faq_en"]), "tyosuojelu.fi": L(K["tyosuojelu_foreign_employee_en"], K["tyosuojelu_foreign_employee_en"], K["tyosuojelu_foreign_employee_en"])},
 "starting-a-business": {"migri.fi": L(K["migri_income_en"], K["migri_income_en"], K["migri_income_en"])},
 "kela-social-security-coverage": {"kela.fi": L(K["kela_families_intl_fi"], K["kela_moving_en"], K["kela_moving_en"])},
 "kela-basic-social-assistance": {"kela.fi": L(K["kela_social_assistance_fi"], K["kela_social_assistance_fi"], K["kela_social_assistance_fi"])},
 "kela-unemployment-benefits": {"kela.fi": L(K["kela_unemployment_en"], K["kela_unemployment_en"], K["kela_unemployment_en"])},
 "kela-child-benefit": {"kela.fi": L(K["kela_child_benefit_fi"], K["kela_child_benefit_fi"], K["kela_child_benefit_fi"])},
 "kela-maternity-grant-and-parental-allowances": {"kela.fi": L(K["kela_families_fi"], K["kela_families_fi"], K["kela_families_fi"])},
 "debt-and-financial-counselling": {"oikeus.fi": L(K["oikeus_debt_counselling_fi"], K["oikeus_debt_counselling_fi"], K["oikeus_debt_counselling_fi"])},
 "child-health-clinic": {"thl.fi": L(K["thl_vaccination_fi"], K["thl_vaccination_en"], K["thl_vaccination_en"])},
 "mental-health-services": {"mieli.fi": L(K["mieli_helpline"], K["mieli_helpline"], K["mieli_helpline"])},
 "kela-medicine-reimbursements": {"kela.fi": L(K["kela_moving_en"], K["kela_moving_en"], K["kela_moving_en"])},
 "occupational-health-care": {"tyosuojelu.fi": L(K["tyosuojelu_employment_en"], K["tyosuojelu_employment_en"], K["tyosuojelu_employment_en"]), "kela.fi": L(K["kela_moving_en"], K["kela_moving_en"], K["kela_moving_en"])},
 "kela-general-housing-allowance": {"kela.fi": L(K["kela_housing_fi"], K["kela_housing_en"], K["kela_housing_en"])},
 "notice-of-move": {"dvv.fi": L(K["infofinland_registering_fi"], K["dvv_registration_en"], K["dvv_registration_en"])},
 "personal-identity-code-dvv": {"dvv.fi": L(K["dvv_registration_suomifi_fi"], K["dvv_registration_en"], K["dvv_registration_en"])},
 "municipality-of-residence": {"dvv.fi": L(K["dvv_registration_suomifi_fi"], K["dvv_registration_en"], K["dvv_registration_en"])},
 "eu-citizen-registration": {"migri.fi": L(K["dvv_registration_suomifi_fi"], K["dvv_registration_en"], K["dvv_registration_en"])},
 "residence-permit-extension": {"migri.fi": L(K["migri_extended_work_en"], K["migri_extended_work_en"], K["migri_extended_work_en"])},
 "family-based-residence-permit": {"migri.fi": L(K["migri_family_income_en"], K["migri_family_income_en"], K["migri_family_income_en"])},
 "tax-card": {"vero.fi": L(K["vero_form_5042_fi"], K["vero_form_5042_fi"], K["vero_form_5042_fi"])},
 "pre-filled-tax-return": {"vero.fi": L(K["vero_form_5042_fi"], K["vero_form_5042_fi"], K["vero_form_5042_fi"])},
 "suomi-fi-authorisations": {"dvv.fi": L(K["dvv_authorisation_official_fi"], K["dvv_authorisation_official_fi"], K["dvv_authorisation_official_fi"])},
 "finnish-citizenship-application": {"migri.fi": L(K["migri_citizenship_fi"], K["migri_citizenship_fi"], K["migri_citizenship_fi"])},
 "legal-aid": {"oikeus.fi": L(K["oikeus_legal_aid_fi"], K["oikeus_legal_aid_fi"], K["oikeus_legal_aid_fi"])},
 "appealing-a-decision": {"oikeus.fi": L(K["oikeus_legal_aid_fi"], K["oikeus_legal_aid_fi"], K["oikeus_legal_aid_fi"])},
 "yki-language-certificate": {"oph.fi": L(K["oph_yki_en"], K["oph_yki_en"], K["oph_yki_en"])},
 "right-to-interpreter": {"infofinland.fi": L(K["kotoutuminen_interpreter_fi"], K["kotoutuminen_interpreting_en"], K["kotoutuminen_interpreting_en"])},
 "finnish-language-courses-for-adults": {"infofinland.fi": L(K["infofinland_registering_fi"], K["infofinland_child_care_en"], K["infofinland_comprehensive_en"])},
 "infofinland-multilingual-information": {"infofinland.fi": L(K["infofinland_registering_fi"], K["infofinland_child_care_en"], K["infofinland_child_care_en"])},
}


# Second search round (same day): deeper and language-specific pages found afterwards.
U.update({
    "kela_sv_benefits": "https://www.kela.fi/fpas-formaner",
    "kela_child_benefit_sv": "https://www.kela.fi/barnbidrag",
    "kela_families_quick_sv": "https://www.kela.fi/web/sv/barnfamiljer-snabbguide",
    "kela_before_birth_easy_sv": "https://www.kela.fi/web/lattlast/innan-barnet-fods",
    "kela_social_assistance_partners_sv": "https://www.kela.fi/samarbetspartner-utkomstod-sa-har-handleder-du-kunden-ansoka-om-utkomststod",
    "kela_social_assistance_easy_sv": "https://www.kela.fi/web/lattlast/hur-far-man-utkomststod",
    "kela_appeal_fi": "https://www.kela.fi/paatoksesta-valittaminen",
    "kela_appeal_sv": "https://www.kela.fi/web/sv/hur-man-overklagar",
    "kela_appeal_en": "https://kela.fi/appeal-procedure",
    "tyomarkkinatori_unemployed_fi": "https://tyomarkkinatori.fi/henkiloasiakkaat/tilanteet/olen-tyoton-tai-jaamassa-tyottomaksi",
    "tyomarkkinatori_help_sv": "https://tyomarkkinatori.fi/sv/info/anvisningar-och-vanliga-fragor",
    "enter_finland_sv": "https://migri.fi/sv/e-tjansten-enter-finland",
    "enter_finland_en": "https://migri.fi/en/submit-your-application-in-the-e-service",
    "migri_eu_registration_en": "https://migri.fi/en/registration-of-right-of-residence",
    "prh_sole_trader_fi": "https://www.prh.fi/fi/kaupparekisteri/yeh/perustaminen.html",
    "dvv_move_fi": "https://dvv.fi/muutto-suomessa",
    "dvv_move_sv": "https://dvv.fi/sv/flytt1",
    "dvv_move_en": "https://dvv.fi/international-moving",
    "dvv_authorisations_en": "https://dvv.fi/en/suomi.fi-e-authorizations",
    "suomifi_granting_mandates_en": "https://www.suomi.fi/instructions-and-support/e-authorizations/using-suomifi-e-authorizations-as-a-person/granting-mandates-as-a-person",
    "infofinland_tax_card_en": "https://www.infofinland.fi/en/living-in-finland/work-and-enterprise/taxation/tax-card",
    "papunet_plain_language_fi": "https://papunet.net/saavutettavuus/sisallon-ymmarrettavyys-ja-selkokieli",
})
DOMAINS.update({
    "Studyinfo.fi": U["studyinfo_faq_en"],
    "Studieinfo.fi": U["studyinfo_faq_en"],
})
ENTER = L(U["enter_finland_en"], U["enter_finland_sv"], U["enter_finland_en"])
SUOMIFI_ID = L(U["suomifi_identify_en"], U["suomifi_identify_en"], U["suomifi_identify_en"])
SUOMIFI_AUTH = L(U["suomifi_authorisations_glossary_fi"], U["dvv_authorisations_en"], U["suomifi_granting_mandates_en"])
FPA = lambda fi, sv, en: L(fi, sv, en)
for aid, doms in {
    "kela-child-home-care-allowance": {"fpa.fi": L(None, U["kela_home_care_sv"], None)},
    "kela-private-day-care-allowance": {"fpa.fi": L(None, U["kela_families_quick_sv"], None)},
    "registering-as-jobseeker": {"tyomarkkinatori.fi": L(U["tyomarkkinatori_unemployed_fi"], U["tyomarkkinatori_help_sv"], U["tyomarkkinatori_unemployed_fi"])},
    "municipal-employment-services-2025": {"tyomarkkinatori.fi": L(U["tyomarkkinatori_unemployed_fi"], U["tyomarkkinatori_help_sv"], U["tyomarkkinatori_unemployed_fi"])},
    "kela-student-financial-aid": {"fpa.fi": L(None, U["kela_sv_benefits"], None)},
    "employee-residence-permit": {"enterfinland.fi": ENTER},
    "starting-a-business": {"ytj.fi": L(U["prh_sole_trader_fi"], U["prh_sole_trader_fi"], U["prh_sole_trader_fi"])},
    "kela-social-security-coverage": {"fpa.fi": L(None, U["kela_sv_benefits"], None)},
    "kela-basic-social-assistance": {"fpa.fi": L(None, U["kela_social_assistance_easy_sv"], None)},
    "kela-unemployment-benefits": {"fpa.fi": L(None, U["kela_sv_benefits"], None)},
    "kela-child-benefit": {"fpa.fi": L(None, U["kela_child_benefit_sv"], None)},
    "kela-maternity-grant-and-parental-allowances": {"fpa.fi": L(None, U["kela_families_quick_sv"], None)},
    "network-warm-referral-kela": {"kela.fi": L(U["kela_social_assistance_apply_fi"], None, U["kela_moving_en"]), "fpa.fi": L(None, U["kela_social_assistance_partners_sv"], None)},
    "kela-medicine-reimbursements": {"fpa.fi": L(None, U["kela_sv_benefits"], None)},
    "occupational-health-care": {"fpa.fi": L(None, U["kela_sv_benefits"], None)},
    "kela-general-housing-allowance": {"fpa.fi": L(None, U["kela_sv_benefits"], None)},
    "notice-of-move": {"muuttoilmoitus.fi": L(U["dvv_move_fi"], U["dvv_move_sv"], U["dvv_move_en"]), "dvv.fi": L(U["dvv_move_fi"], U["dvv_move_sv"], U["dvv_move_en"])},
    "eu-citizen-registration": {"enterfinland.fi": ENTER, "migri.fi": L(U["migri_eu_registration_en"], U["migri_eu_registration_en"], U["migri_eu_registration_en"])},
    "residence-permit-extension": {"enterfinland.fi": ENTER},
    "family-based-residence-permit": {"enterfinland.fi": ENTER},
    "finnish-citizenship-application": {"enterfinland.fi": ENTER},
    "tax-card": {"skatt.fi": L(None, U["infofinland_tax_card_en"], None)},
    "pre-filled-tax-return": {"skatt.fi": L(None, U["vero_form_5042_fi"], None)},
    "strong-electronic-identification": {"Suomi.fi": SUOMIFI_ID},
    "suomi-fi-authorisations": {"suomi.fi": SUOMIFI_AUTH},
    "appealing-a-decision": {"kela.fi": L(U["kela_appeal_fi"], None, U["kela_appeal_en"]), "fpa.fi": L(None, U["kela_appeal_sv"], None)},
    "network-plain-language-in-guidance": {"selkokeskus.fi": L(U["papunet_plain_language_fi"], "https://selkokeskus.fi/", "https://selkokeskus.fi/")},
}.items():
    cur = ARTICLE_DOMAINS.setdefault(aid, {})
    for dom, per in doms.items():
        merged = dict(cur.get(dom, {}))
        merged.update({k: v for k, v in per.items() if v})
        cur[dom] = merged

def add(aid, lang, text, key_or_url):
    ARTICLES[aid][lang].append((text, U.get(key_or_url, key_or_url)))

add("kela-child-benefit", SV, "FPA: kort om barnbidrag", "kela_child_benefit_sv")
add("kela-maternity-grant-and-parental-allowances", SV, "FPA: snabbguide för barnfamiljer", "kela_families_quick_sv")
add("kela-maternity-grant-and-parental-allowances", SV, "FPA: innan barnet föds (lättläst)", "kela_before_birth_easy_sv")
add("kela-basic-social-assistance", SV, "FPA: utkomststöd på lättläst svenska", "kela_social_assistance_easy_sv")
add("network-warm-referral-kela", SV, "FPA för samarbetspartner: så här handleder du kunden att ansöka om utkomststöd", "kela_social_assistance_partners_sv")
add("appealing-a-decision", FI, "Kela: päätöksestä valittaminen", "kela_appeal_fi")
add("appealing-a-decision", SV, "FPA: hur man överklagar ett beslut", "kela_appeal_sv")
add("appealing-a-decision", EN, "Kela: how to appeal a decision", "kela_appeal_en")
add("eu-citizen-registration", FI, "Migri: EU-kansalaisen oleskeluoikeuden rekisteröinti (englanniksi)", "migri_eu_registration_en")
add("eu-citizen-registration", SV, "Migri: registrering av EU-medborgares uppehållsrätt (på engelska)", "migri_eu_registration_en")
add("eu-citizen-registration", EN, "Migri: registration of an EU citizen's right of residence", "migri_eu_registration_en")
add("suomi-fi-authorisations", EN, "DVV: Suomi.fi e-Authorizations", "dvv_authorisations_en")
add("suomi-fi-authorisations", EN, "Suomi.fi: granting mandates as a person", "suomifi_granting_mandates_en")
add("suomi-fi-authorisations", SV, "MDB: Suomi.fi-fullmakter (på engelska)", "dvv_authorisations_en")
add("network-assisting-with-e-services", EN, "DVV: Suomi.fi e-Authorizations", "dvv_authorisations_en")
add("tax-card", EN, "InfoFinland: tax card", "infofinland_tax_card_en")
add("tax-card", SV, "InfoFinland: skattekort (på engelska)", "infofinland_tax_card_en")
add("tax-card", FI, "InfoFinland: verokortti (englanniksi)", "infofinland_tax_card_en")
add("notice-of-move", FI, "DVV: muutto Suomessa", "dvv_move_fi")
add("notice-of-move", SV, "MDB: flyttanmälan", "dvv_move_sv")
add("notice-of-move", EN, "DVV: foreigner's move to, in and out of Finland", "dvv_move_en")
add("registering-as-jobseeker", FI, "Työmarkkinatori: olen työtön tai jäämässä työttömäksi", "tyomarkkinatori_unemployed_fi")
add("municipal-employment-services-2025", FI, "Työmarkkinatori: olen työtön tai jäämässä työttömäksi", "tyomarkkinatori_unemployed_fi")
add("starting-a-business", FI, "PRH: toiminimen perustamisilmoitus", "prh_sole_trader_fi")
add("network-plain-language-in-guidance", FI, "Papunet: sisällön ymmärrettävyys ja selkokieli", "papunet_plain_language_fi")
for aid in ("employee-residence-permit", "residence-permit-extension", "family-based-residence-permit", "finnish-citizenship-application"):
    add(aid, SV, "Migri: e-tjänsten Enter Finland", "enter_finland_sv")
    add(aid, EN, "Migri: the online service Enter Finland", "enter_finland_en")

# Third round: Kela's pages on rent deposits (partners) and medicine expenses.
U.update({
    "kela_rent_deposit_partners_fi": "https://www.kela.fi/yhteistyokumppanit-vuokranantajat-perustoimeentulotuki-vuokravakuus",
    "kela_medicine_en": "https://www.kela.fi/medicine-expenses",
    "kela_medicine_ceiling_en": "https://www.kela.fi/medicine-expenses-annual-maximum-limit-on-out-of-pocket-costs",
})
ARTICLE_DOMAINS["kela-medicine-reimbursements"]["kela.fi"] = L(U["kela_medicine_en"], U["kela_medicine_en"], U["kela_medicine_en"])
ARTICLE_DOMAINS["kela-medicine-reimbursements"]["fpa.fi"] = L(None, U["kela_medicine_en"], None)
add("rental-agreement-and-deposit", FI, "Kela: perustoimeentulotukea vuokravakuuteen (tietoa vuokranantajille)", "kela_rent_deposit_partners_fi")
add("rental-agreement-and-deposit", SV, "FPA: grundläggande utkomststöd för hyresgaranti, information för hyresvärdar (på finska)", "kela_rent_deposit_partners_fi")
add("rental-agreement-and-deposit", EN, "Kela: basic social assistance for a rent deposit, information for landlords (in Finnish)", "kela_rent_deposit_partners_fi")
add("kela-medicine-reimbursements", FI, "Kela: lääkekorvaukset, alkuomavastuu ja vuotuinen omavastuuraja (englanniksi)", "kela_medicine_en")
add("kela-medicine-reimbursements", SV, "FPA: läkemedelsersättningar och årlig självriskgräns (på engelska)", "kela_medicine_ceiling_en")
add("kela-medicine-reimbursements", EN, "Kela: the annual maximum limit on out-of-pocket medicine costs", "kela_medicine_ceiling_en")

# Fourth round: the visible domain should lead to a page on that domain; InfoFinland and kotoutuminen.fi pages
# on interpreting and on integrating in Swedish.
U.update({
    "infofinland_interpreter_en": "https://www.infofinland.fi/en/living-in-finland/settling-in-finland/do-you-need-an-interpreter",
    "infofinland_home": "https://www.infofinland.fi/",
    "kotoutuminen_understanding_en": "https://kotoutuminen.fi/en/understanding-and-interpretation",
    "kotoutuminen_swedish_en": "https://kotoutuminen.fi/en/integration-in-swedish",
})
ARTICLE_DOMAINS["right-to-interpreter"]["infofinland.fi"] = L(U["infofinland_interpreter_en"], U["infofinland_interpreter_en"], U["infofinland_interpreter_en"])
ARTICLE_DOMAINS["finnish-language-courses-for-adults"]["infofinland.fi"] = L(U["infofinland_home"], U["infofinland_home"], U["infofinland_home"])
ARTICLE_DOMAINS["infofinland-multilingual-information"]["infofinland.fi"] = L(U["infofinland_home"], U["infofinland_home"], U["infofinland_home"])
ARTICLE_DOMAINS["personal-identity-code-dvv"]["dvv.fi"] = L(U["dvv_registration_en"], U["dvv_registration_en"], U["dvv_registration_en"])
ARTICLE_DOMAINS["municipality-of-residence"]["dvv.fi"] = L(U["dvv_registration_en"], U["dvv_registration_en"], U["dvv_registration_en"])
ARTICLE_DOMAINS["suomi-fi-authorisations"]["suomi.fi"] = L(U["suomifi_authorisations_glossary_fi"], U["suomifi_granting_mandates_en"], U["suomifi_granting_mandates_en"])
ARTICLE_DOMAINS["network-plain-language-in-guidance"]["selkokeskus.fi"] = L("https://selkokeskus.fi/", "https://selkokeskus.fi/", "https://selkokeskus.fi/")
add("right-to-interpreter", FI, "Kotoutumisen osaamiskeskus: tulkkauksen lainsäädäntö ja korvaukset (englanniksi)", "kotoutuminen_understanding_en")
add("right-to-interpreter", SV, "Kompetenscentret för integration: tolkning och lagstiftning (på engelska)", "kotoutuminen_understanding_en")
add("right-to-interpreter", EN, "Integration competence centre: interpretation helps with understanding", "kotoutuminen_understanding_en")
add("finnish-language-courses-for-adults", FI, "Kotoutumisen osaamiskeskus: kotoutuminen ruotsiksi (englanniksi)", "kotoutuminen_swedish_en")
add("finnish-language-courses-for-adults", SV, "Kompetenscentret för integration: integration på svenska (på engelska)", "kotoutuminen_swedish_en")
add("finnish-language-courses-for-adults", EN, "Integration competence centre: integration in Swedish", "kotoutuminen_swedish_en")
add("services-in-swedish", FI, "Kotoutumisen osaamiskeskus: kotoutuminen ruotsiksi (englanniksi)", "kotoutuminen_swedish_en")
add("services-in-swedish", SV, "Kompetenscentret för integration: integration på svenska (på engelska)", "kotoutuminen_swedish_en")
add("services-in-swedish", EN, "Integration competence centre: integration in Swedish", "kotoutuminen_swedish_en")
ARTICLE_DOMAINS["tax-card"]["skatt.fi"] = L(None, U["vero_form_5042_fi"], None)
U["tem_unemployment_rule_en"] = "https://tem.fi/en/-/three-month-six-month-unemployment-rule-to-enter-into-force-in-june-2025"
add("employee-residence-permit", FI, "TEM: kolmen ja kuuden kuukauden sääntö työn päättyessä (englanniksi)", "tem_unemployment_rule_en")
add("employee-residence-permit", SV, "ANM: regeln om tre och sex månader när anställningen upphör (på engelska)", "tem_unemployment_rule_en")
add("employee-residence-permit", EN, "Ministry of Economic Affairs and Employment: the three-month/six-month unemployment rule", "tem_unemployment_rule_en")
U.update({
    "thl_nollalinja_fi": "https://thl.fi/palvelut-ja-asiointi/valtion-sosiaali-ja-terveydenhuollon-erityispalvelut/nollalinja-auttava-puhelin",
    "migri_trafficking_fi": "https://migri.fi/ihmiskaupan-uhrien-auttamisjarjestelma",
    "ihmiskauppa_about_fi": "https://ihmiskauppa.fi/auttamisjarjestelma/tietoa-ihmiskaupan-uhrien-auttamisjarjestelmasta/",
})
for aid in ("homelessness-and-emergency-housing", "social-services-wellbeing-services-county"):
    add(aid, FI, "THL: Nollalinja-auttava puhelin", "thl_nollalinja_fi")
    add(aid, SV, "THL: hjälptelefonen Nollalinja (på finska)", "thl_nollalinja_fi")
    add(aid, EN, "THL: the Nollalinja helpline (in Finnish)", "thl_nollalinja_fi")
add("employment-contract-and-employee-rights", FI, "Ihmiskaupan uhrien auttamisjärjestelmä: tietoa ja ohjaaminen", "ihmiskauppa_about_fi")
add("employment-contract-and-employee-rights", FI, "Migri: ihmiskaupan uhrien auttamisjärjestelmä", "migri_trafficking_fi")
add("employment-contract-and-employee-rights", SV, "Hjälpsystemet för offer för människohandel (på finska)", "ihmiskauppa_about_fi")
add("employment-contract-and-employee-rights", EN, "Assistance System for Victims of Human Trafficking (in Finnish)", "ihmiskauppa_about_fi")
