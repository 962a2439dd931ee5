# Shared vocabularies referenced by the other files as @name.

[care-team]
oncologist
oncology (team|nurse|provider|clinic|unit|ward|department|service|hotline|helpline|office|practice|rooms)
# Clinical shorthand: "confirm plan w/ onc", "FYI to rad onc", "discuss w/ neuro-onc". "onc" alone shares its stem
# with "once", so it needs an owner here ("your onc"); the consult lexicon has the verbs that take it bare ("call onc").
(your|his|her|their) onc
(neuro-onc|neuro onc|rad onc|rad-onc|med onc|med-onc|heme-onc|hem-onc|heme onc|gyn onc|gyn-onc|surg onc|peds onc)
(oncologist's|oncologists') (rooms|office|practice|clinic|team|nurse|secretary)
doctor
physician
care team
(cancer|medical|healthcare|health care|treatment|palliative) (team|provider|professional)
healthcare team
health care team
specialist
clinician
nurse
gp
pharmacist
member of your * team
your team
your (medical|treating) team
(his|her|their) (team|care team|medical team|treating team)
(the|your|his|her|their) (treating|prescribing) (team|doctor|doctors|physician|oncologist|consultant)
# A hospital specialist in British usage: "ask your consultant".
(your|the|his|her|their|a) consultant
(your|his|her|their) *2 (team|team's)
(genetic|nurse|psycho-oncology) (counsellor|counselor|specialist)
(ward|cancer centre|cancer center|chemo unit|day unit|helpline|nurse line|triage line|advice line|on-call (team|number|line|service|doctor))
(hematologist|haematologist|surgeon|urologist|gynecologist|gynaecologist|radiologist|radiographer|dermatologist|neurologist)
(radiation|medical|surgical|breast|lung|gynecologic|gynaecologic) oncologist
(dietitian|dietician)
# The nurse specialists and the allied professionals a patient is sent to: "her clinical nurse specialist", "your speech
# and language therapist", "the physio".
(clinical nurse specialist|nurse specialist|specialist nurse|cns)
(speech and language therapist|speech therapist|physiotherapist|physio|occupational therapist|psychologist|social worker)
(prescriber|prescribing doctor|doctor who prescribed)
(trial|research|transplant|palliative care|hospice|specialist) (team|nurse|doctor)
(trial|study|research) (doctors|teams|nurses|investigator|investigators|coordinator|coordinators)
principal investigator
(vet|veterinarian|veterinary (oncologist|surgeon|team|clinic|hospital))
(family doctor|primary care|general practitioner)
(hospital|clinic|department|ward|nursing|medical|radiology|scanning|nuclear medicine|pharmacy) staff
(your|the|his|her|their) pharmacy
(pain|palliative care|supportive care|symptom control|scan) (team|service|clinic)
# The people and lines who coordinate care: "our paediatric oncology coordinator", "the hospice 24-hour line", "the
# tumour board", "our colleagues" in a hospital's own voice.
(oncology|cancer|care|nurse|patient|clinical|treatment) (coordinator|coordinators|navigator|navigators)
(hospice|palliative|palliative care|oncology|cancer|chemo|chemotherapy|haematology|hematology) *2 (line|helpline|hotline)
(our|your|his|her|their|the) (tumour board|tumor board|multidisciplinary team|mdt)
(our|your|his|her|their) colleagues
(whoever|the person who|the doctor who|the team that|the team who) (prescribed|prescribes|looks after|treats|is treating|manages|is managing|monitors|checks)
# Professionals outside oncology: a patient's questions reach pregnancy, the heart, the skin and the mind as well.
(obstetrician|ob|ob-gyn|obgyn|midwife|midwives|health visitor|paediatrician|pediatrician)
(cardiologist|endocrinologist|gastroenterologist|pulmonologist|respirologist|rheumatologist|nephrologist|allergist|immunologist|hepatologist)
(psychiatrist|psychologist|therapist|counsellor|counselor|physiotherapist|physio|podiatrist|optometrist|optician|ophthalmologist|dentist|audiologist)
(derm|dermatology|ent|cardiology|endocrinology|gastro|neurology|urology|gynaecology|gynecology|fertility|genetics|sexual health|mental health) (team|clinic|service|doctor|specialist|nurse|review|referral)
(walk-in|walk in|anticoagulation|warfarin|high-risk|high risk|family history|travel|memory|diabetes|asthma|heart failure|fracture) (clinic|centre|center|service)
(gp|doctor's|doctors|family doctor's) (surgery|practice|office|clinic)
(telehealth|telemedicine|virtual|online) (service|doctor|clinician|appointment|visit|consultation)
(oncology|chemo|chemotherapy|cancer) *3 (hotline|helpline|line|number)
(urology|oncology|radiotherapy|radiation|breast|lung|colorectal|stoma|chemo|chemotherapy|infusion|haematology|hematology|surgical|medical|gynae|gynaecology|gynecology|respiratory|paediatric|pediatric|dermatology|derm) (on-call|on call|registrar|reg|team|nurse|nurses|doctor|doctors|unit|department|service)

[guidelines]
nccn
guideline
asco
esmo
sio
evidence-based
evidence based
published evidence
clinical evidence
standard of care
standard care

[unproven-treatment]
fenbendazole
mebendazole
ivermectin
albendazole
laetrile
apricot (kernel|seed)
amygdalin
vitamin b17
(high-dose|high dose|intravenous|iv) vitamin c
vitamin c (infusion|drip)
alkaline diet
cannabis oil
rick simpson oil
black salve
essiac
coffee enema
gerson
hydrogen peroxide
ozone therapy
dca
dichloroacetate
hyperthermia clinic
juice cleanse
detox
mistletoe
turmeric
curcumin
mushroom extract
alternative (medicine|treatment|therapy|cure)
natural cure
natural (remedy|remedies|therapy|therapies|treatment|treatments)
repurposed drug
herbal (remedy|remedies|cure|supplement)
(ketogenic|keto) diet
(sugar-free|no-sugar|anti-cancer|anticancer|cancer-fighting|cancer fighting) diet
(low-dose|low dose) naltrexone
ldn
cbd
cannabidiol
hemp oil
(cannabis|marijuana) (oil|oils|extract|extracts)
(medicinal|medical) (mushroom|mushrooms)
turkey tail
reishi
chaga
graviola
soursop
budwig
(coley's|coley) toxins
artemisinin
methylene blue
(bicarbonate|baking soda) (therapy|protocol|treatment)
(insulin potentiation|ipt) therapy
(hyperbaric oxygen|oxygen) therapy
(colloidal silver|chelation)
homeopathy
homeopathic
naturopathic (protocol|treatment|remedy|remedies)
(antiparasitic|anti-parasitic|dewormer|deworming) (drug|drugs|protocol|medication)

[integrative]
integrative
complementary
yoga
meditation
acupuncture
acupressure
massage
music therapy
mindfulness
tai chi
qigong
relaxation
natural

[cancer-drug]
ribociclib
kisqali
palbociclib
abemaciclib
letrozole
anastrozole
exemestane
tamoxifen
fulvestrant
capecitabine
chemotherapy
chemo
medication
medicine
tablet
pill
# The oral anticancer drugs a patient doses at home, by generic and brand name ("hold your Ibrance", "skip the Lynparza").
@rx-cdk46
@rx-aromatase-inhibitor
@rx-olaparib
@rx-alpelisib
@rx-everolimus
(nolvadex|xeloda|faslodex)
(niraparib|zejula|rucaparib|rubraca|talazoparib|talzenna)
(abiraterone|zytiga|enzalutamide|xtandi|apalutamide|erleada|darolutamide|nubeqa|bicalutamide|casodex)
(osimertinib|tagrisso|erlotinib|tarceva|gefitinib|iressa|afatinib|giotrif|gilotrif|alectinib|alecensa|lorlatinib|lorbrena|brigatinib|crizotinib|xalkori)
(imatinib|glivec|gleevec|dasatinib|sprycel|nilotinib|tasigna|bosutinib)
(ibrutinib|imbruvica|acalabrutinib|calquence|zanubrutinib|brukinsa|venetoclax|venclexta|idelalisib)
(lenalidomide|revlimid|pomalidomide|imnovid|pomalyst|thalidomide)
(sunitinib|sutent|pazopanib|votrient|cabozantinib|cabometyx|lenvatinib|lenvima|sorafenib|nexavar|regorafenib|stivarga|axitinib|inlyta)
(capivasertib|truqap|tucatinib|tukysa|neratinib|nerlynx|lapatinib|tyverb|tykerb)
(temozolomide|temodal|temodar|lonsurf|trifluridine|methotrexate|hydroxyurea|hydroxycarbamide|chlorambucil|etoposide)
(dabrafenib|trametinib|encorafenib|binimetinib|vemurafenib)

[dose-unit]
mg
milligram
mcg
microgram
ml
iu
units
tablet
pill
capsule

[medical-term]
neutrophil
neutropenia
neutropenic
platelet
hemoglobin
haemoglobin
ribociclib
palbociclib
letrozole
anastrozole
fulvestrant
metastasis
metastases
metastatic
oligometastatic
chemotherapy
radiotherapy
radiation
immunotherapy
integrative
fenbendazole
ivermectin
