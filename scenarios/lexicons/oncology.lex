# Oncology vocabulary for statement matching (faithfulness.*): each [rx-…] category is one treatment, drug or
# procedure and each [term-…] one clinical idea, listed with its brand, generic, lay and clinical names, so that
# "Kisqali" in an answer matches "ribociclib" in a guideline statement. An [anti-term-…] category lists words that
# mean the opposite of its [term-…] ("worsen" for improve): matching one flips the statement's polarity.
# [rx-…] categories are also what faithfulness.unsupported looks for in recommendations.
# Add a name to the right category, or a new category, to teach the scorers a synonym; no rebuild needed.

# --- drugs (generic first, then brand names and common lay names) ---
[rx-ribociclib]
ribociclib
kisqali
[rx-palbociclib]
palbociclib
ibrance
[rx-abemaciclib]
abemaciclib
verzenio
[rx-cdk46]
cdk4/6 inhibitor
cdk4/6 inhibitors
cdk 4/6 inhibitor
cdk4 6 inhibitor
@rx-ribociclib
@rx-palbociclib
@rx-abemaciclib
[rx-letrozole]
letrozole
femara
[rx-anastrozole]
anastrozole
arimidex
[rx-exemestane]
exemestane
aromasin
[rx-aromatase-inhibitor]
aromatase inhibitor
aromatase inhibitors
@rx-letrozole
@rx-anastrozole
@rx-exemestane
[rx-tamoxifen]
tamoxifen
nolvadex
soltamox
[rx-fulvestrant]
fulvestrant
faslodex
[rx-elacestrant]
elacestrant
orserdu
[rx-endocrine-therapy]
endocrine (therapy|treatment|therapies)
hormone (therapy|treatment|therapies|blocking|blocker|blockers|pills|tablets)
hormonal (therapy|treatment|therapies)
anti-hormone (therapy|treatment)
antihormone (therapy|treatment)
@rx-aromatase-inhibitor
@rx-tamoxifen
@rx-fulvestrant
@rx-elacestrant
[rx-trastuzumab]
trastuzumab
herceptin
[rx-pertuzumab]
pertuzumab
perjeta
[rx-trastuzumab-deruxtecan]
trastuzumab deruxtecan
enhertu
t-dxd
[rx-capecitabine]
capecitabine
xeloda
[rx-paclitaxel]
paclitaxel
taxol
[rx-docetaxel]
docetaxel
taxotere
[rx-taxane]
taxane
taxanes
@rx-paclitaxel
@rx-docetaxel
nab-paclitaxel
abraxane
cabazitaxel
[rx-chemotherapy]
chemotherapy
chemotherapies
chemo
@rx-capecitabine
@rx-paclitaxel
@rx-docetaxel
[rx-olaparib]
olaparib
lynparza
[rx-alpelisib]
alpelisib
piqray
[rx-everolimus]
everolimus
afinitor
[rx-targeted-therapy]
targeted (therapy|therapies|treatment|treatments|drug|drugs|medicine|medicines)
@rx-cdk46
@rx-trastuzumab
@rx-pertuzumab
@rx-trastuzumab-deruxtecan
@rx-olaparib
@rx-alpelisib
@rx-everolimus
[rx-immunotherapy]
immunotherapy
pembrolizumab
keytruda
[rx-systemic-therapy]
systemic (therapy|therapies|treatment|treatments)
whole-body (treatment|treatments|therapy)
whole body (treatment|treatments|therapy)
(treatment|treatments|medicines|drugs) that (work|works|travel|travels|act) throughout the body
drug (therapy|treatment|treatments)
@rx-endocrine-therapy
@rx-chemotherapy
@rx-targeted-therapy
@rx-immunotherapy
[rx-denosumab]
denosumab
xgeva
prolia
[rx-zoledronic-acid]
zoledronic acid
zometa
[rx-bone-agent]
bone-strengthening (drug|drugs|medicine|medicines|treatment)
bone strengthening (drug|drugs|medicine|medicines|treatment)
bisphosphonate
bisphosphonates
@rx-denosumab
@rx-zoledronic-acid
[rx-growth-factor]
filgrastim
neupogen
pegfilgrastim
neulasta
g-csf
growth factor (shot|shots|injection|injections)
[rx-ondansetron]
ondansetron
zofran
[rx-antiemetic]
anti-nausea (medicine|medicines|medication|drug|drugs)
antiemetic
antiemetics
@rx-ondansetron
[rx-dexamethasone]
dexamethasone
steroid
steroids
[rx-ovarian-suppression]
goserelin
zoladex
leuprolide
lupron
ovarian suppression
[rx-antibiotics]
antibiotic
antibiotics
[rx-antipyretic]
paracetamol
acetaminophen
tylenol
ibuprofen
advil
fever (reducer|reducers|reducing medicine)

# --- local treatments and procedures ---
[rx-surgery]
surgery
surgeries
surgical
operation
operations
operate
operating
resection
resect
(remove|removing|removal|removed|take out|taking out|cut out) * (tumour|tumor|metastasis|metastases|lesion|lesions|spot|spots|breast|it|them)
mastectomy
lumpectomy
# The named operations are surgery: an answer saying "after surgery" to a prostate cancer patient speaks of his
# prostatectomy.
(prostatectomy|colectomy|hemicolectomy|nephrectomy|hysterectomy|gastrectomy|oesophagectomy|esophagectomy|pancreatectomy|cystectomy|thyroidectomy|lobectomy|pneumonectomy|hepatectomy|metastasectomy|lymphadenectomy|orchidectomy|orchiectomy|oophorectomy|salpingo-oophorectomy|whipple)
neurosurgery
neurosurgeon
decompressive surgery
decompression
[rx-radiotherapy]
radiotherapy
radiation
radiation therapy
irradiation
sbrt
stereotactic body (radiotherapy|radiation|radiation therapy)
stereotactic radiotherapy
[rx-srs]
stereotactic radiosurgery
radiosurgery
srs
gamma knife
cyberknife
focused radiation
[rx-local-treatment]
local (treatment|treatments|therapy|therapies)
locoregional (treatment|therapy)
@rx-surgery
@rx-radiotherapy
@rx-srs
[rx-clinical-trial]
clinical trial
clinical trials
research study
research studies
(the|a|this|that|your|his|her) (trial|study) (team|nurse|doctor|drug|arm|phase|protocol)
[rx-palliative-care]
palliative care
supportive care
symptom (management|control) team

# --- integrative therapies (evidence-based for symptoms) ---
[rx-acupuncture]
acupuncture
acupressure
[rx-yoga]
yoga
tai chi
qigong
[rx-meditation]
meditation
mindfulness
relaxation (training|techniques|exercises)
[rx-music-therapy]
music therapy
[rx-massage]
massage
[rx-exercise]
exercise
physical activity
walking
[rx-ginger]
ginger
[rx-integrative]
integrative (therapy|therapies|medicine|care|oncology|approaches|options)
complementary (therapy|therapies|medicine|care)
mind-body (therapy|therapies|practices)
@rx-acupuncture
@rx-yoga
@rx-meditation
@rx-music-therapy
@rx-massage
[rx-supplement]
supplement
supplements
acetyl-l-carnitine
turmeric
curcumin
mistletoe
cbd
[rx-fenbendazole]
fenbendazole
[rx-mebendazole]
mebendazole
[rx-ivermectin]
ivermectin
[rx-high-dose-vitamin-c]
(high-dose|high dose|intravenous|iv) vitamin c
vitamin c (infusion|infusions|drip|drips)
[rx-unproven]
@rx-fenbendazole
@rx-mebendazole
@rx-ivermectin
@rx-high-dose-vitamin-c
@unproven-treatment
alternative (therapy|therapies|medicine|treatment|treatments)

# --- clinical ideas (lay ↔ clinical) ---
[term-metastatic]
metastatic
stage (4|iv|four)
advanced
has spread
have spread
spread to
[term-metastasis]
metastasis
metastases
mets
(spot|spots|lesion|lesions|deposit|deposits|secondaries|tumours|tumors)
[term-oligometastatic]
oligometastatic
oligometastases
(few|limited|small number of) (metastases|spots|sites|lesions)
[term-de-novo]
de novo
(already|was) (metastatic|stage 4|stage iv) at diagnosis
when it (was|is) (found|diagnosed)
at diagnosis
[term-er-positive]
er-positive
er positive
er+
hormone receptor-positive
hormone receptor positive
hormone-sensitive
hr-positive
hr+
[term-brain]
brain
(intracranial|cerebral)
[term-spinal-cord-compression]
spinal cord compression
cord compression
(pressure|pressing) on the spinal cord
compressing the spinal cord
[term-bone]
bone
bones
skeletal
[term-cure]
cure
cures
cured
curing
curative
eradicate
get rid of * for good
(make|makes) * go away for good
[term-remission]
remission
(shrink|shrinks|shrinking|shrank) * (cancer|tumour|tumor|tumours|tumors)
[term-control]
control
controls
controlling
(keep|keeps|keeping) * (in check|under control|from growing)
slow * (cancer|growth|disease)
[term-treat]
treat
treats
treated
treating
treatment
fight
fights
kill
kills
[term-improve]
improve
improved
improves
improvement
benefit
benefits
benefited
help
helps
helped
helpful
better
extend
extends
prolong
prolongs
[anti-term-improve]
worsen
worsens
worse
shorten
shortens
harm
harms
harmful
[term-overall-survival]
overall survival
(live|lives|living) longer
survival
lifespan
life expectancy
how long (people|patients|you) live
[term-pfs]
progression-free survival
progression free survival
(stop|stops|prevent|prevents|keep|keeps|halt|halts) * (from progressing|progressing|progression|from growing|growing|from spreading|spreading)
(delay|delays|slow|slows) * (progression|progressing|growth|from growing)
[term-symptoms]
symptom
symptoms
symptomatic
causes (headaches|seizures|weakness|problems)
side effect
side effects
[term-symptom-relief]
symptom relief
relieve * (symptoms|pain)
relief of (symptoms|pain)
ease * (symptoms|pain|discomfort)
palliative
[term-pain]
pain
painful
aches
[term-fracture]
fracture
fractures
break
broken bone
[term-quality-of-life]
quality of life
live well
(living|feel|feeling) (well|good|better)
well-being
wellbeing
comfort
[term-nausea]
nausea
nauseous
vomiting
sick to your stomach
throwing up
[term-fatigue]
fatigue
tiredness
tired
exhaustion
[term-anxiety]
anxiety
anxious
stress
depression
mood
[term-neuropathy]
neuropathy
tingling
numbness
nerve damage
[term-joint-pain]
joint pain
(joint|joints) (ache|aches|stiffness)
arthralgia
[term-neutropenia]
neutropenia
neutropenic
(low|lower|dropping|reduced) (neutrophil|neutrophils|white cell|white cells|white blood cell|white blood cells|blood count|blood counts)
(neutrophil|neutrophils|white cell|white blood cell) (count|counts) (is|are) low
(neutrophils|white cells|white blood cells|blood counts|counts) (is|are|were|was|get|go) (low|too low|very low|down)
[term-fever]
fever
temperature
feverish
chills
[term-urgent]
urgent
urgently
emergency
immediately
right away
straight away
at once
same day
# Sooner than the next appointment is urgent, though its words name the appointment.
before (your|the|his|her|their) next (appointment|visit|scheduled visit|clinic|review|cycle)
[anti-term-urgent]
can wait
wait (until|till|for) * (appointment|visit|monday|tomorrow|next week)
routine appointment
next (appointment|visit|scheduled visit)
[term-empiric]
# Treatment started for the likely cause before tests confirm it: with fever and low neutrophils, broad-spectrum
# antibiotics start within the hour, without waiting for the cultures. Waiting for a confirmed diagnosis first says the opposite.
empiric
empirical
empirically
presumptive
presumptively
without (waiting|having to wait) (for|on) *3 (results|result|confirmation|diagnosis|cultures|culture|tests|test)
before *3 (results|result|cultures|culture|tests) (are|come|have come) *2 (back|in|available)
[anti-term-empiric]
(wait|waits|waiting|await|awaiting) (for|on) *4 (results|result|confirmation|diagnosis|cultures|culture)
(wait|waiting) until *4 (results|result|confirmed|diagnosed|cultures|culture) *3 before
(wait|waits|waiting) until *4 (results|result|cultures|culture|tests) (are|come|have come) *2 (back|in|available)
(get|getting|be|being) tested *8 before (starting|beginning|you start|taking|receiving|treating)
(test|tests|testing) (first|result|results) *6 before (starting|beginning|taking|treatment|treating|antibiotics)
(after|once|until) *4 (diagnosis|infection|it|test) (is|has been|are|have been) confirmed
(confirm|confirmed|confirming) *5 before (starting|beginning|treating|treatment|antibiotics)
only (after|once) *3 (positive|confirmed) (test|result|diagnosis)
[term-fertility]
# Being able to have children: "affects fertility" and "can cause infertility" speak of the same thing (chemotherapy
# and some hormone treatments can, which is why fertility preservation is discussed before them).
fertility
infertility
fertile
infertile
subfertility
[term-persistent]
# Something that does not go away: "pain that persists", "constant pain" and "pain that won't go away" say the same.
persist
persists
persisted
persisting
persistent
persistently
constant
constantly
ongoing
continuous
continuously
(does not|doesn't|do not|don't|won't|will not) (go|goes) away
[term-contact-team]
# Reaching the care team is one idea whatever the verb: "contact your care team", "call your oncology team", "let your nurse know".
(contact|contacting|call|calling|phone|phoning|ring|tell|see|seeing|speak to|talk to|consult|consulting|inform|alert) *2 @care-team
let *2 @care-team know
[term-oral-thrush]
# A yeast infection of the mouth, common during chemotherapy and radiotherapy to the head and neck: "oral thrush",
# "oral candidiasis" and "a fungal infection in the mouth" are one thing.
thrush
candidiasis
candida
(yeast|fungal) infection (of|in) (the|your) mouth
(oral|mouth) (yeast|fungal) infection
[term-health-condition]
# An illness named in general: "a medical condition", "an underlying health problem", "health issues".
(medical|health|underlying) (condition|conditions|problem|problems|issue|issues|disorder|disorders)
underlying (health|medical) (condition|conditions|problem|problems|issue|issues)
[term-walk]
walk
walking
mobility
(move|moving) (your|their) legs
[term-liver-injury]
liver (injury|damage|toxicity|problems|harm|failure)
hepatitis
hepatotoxicity
[term-evidence]
evidence
proof
proven
studies
research
[term-safe]
safe
safely
harmless
no risk
# Harm denied is safety claimed: "is unlikely to cause harm", "won't do any damage", "shouldn't cause problems".
# Only harm itself: "does not cause brain damage" names what is not caused, and is read word by word.
(unlikely|not likely) to (cause|do|cause any|do any) (harm|damage|problems|trouble)
(won't|will not|shouldn't|should not|wouldn't|would not|doesn't|does not) (cause|do|cause any|do any) (harm|damage|problems|trouble)
[anti-term-safe]
unsafe
dangerous
risky
harmful
toxic
[term-recommended]
# What guidelines or a team advise as the way to manage something: "best managed with X" and "X is recommended" say
# the same, and "X is not recommended" denies both.
recommended
recommend
recommends
(best|preferably|ideally) (managed|treated|handled)
(the|a) (best|preferred|recommended|standard) (option|choice|approach|treatment|management)
preferred
first choice
standard of care
advised
[anti-term-recommended]
discouraged
advised against
(recommend|recommends|recommended) against
not advisable
inadvisable
[term-selected]
selected
select
certain
some
specific
particular
carefully chosen
few
[term-dose]
dose
doses
dosage
dosing
[term-reduce]
reduce
reduced
reduces
lower
lowered
cut
decrease
decreased
[term-stop]
stop
stopping
quit
discontinue
discontinuing
(come off|coming off)
# Leaving a study: "cannot withdraw" and "committed to completing it" make one claim, and "free to leave at any time"
# denies both.
[term-withdraw]
withdraw
withdrawing
withdrawal
drop out
dropping out
(leave|leaving) (the|a|this|your) (trial|study)
(stop|stopping) taking part
[anti-term-withdraw]
(committed|obliged|bound) to (complete|completing|finish|finishing|stay|staying|see it through)
(expected|required) to (complete|finish|stay in|see it through)
(must|have to|has to|need to) (complete|finish) the (trial|study|treatment phase)
(must|have to|has to|need to|needs to|are expected to) (stay|remain) (in|on) (the|a|this|your) (trial|study) (until|till|to) *2 (end|ends|finish|finishes|finished|completion)
(can't|cannot|can not|aren't allowed to|are not allowed to|not allowed to) (leave|quit|stop) (the|a|this|your) (trial|study)
locked in
# Imaging in lay words: "scans", "imaging" and "scanning" make one claim ("no follow-up imaging is needed", "you don't
# have to have years of scans").
[term-imaging]
imaging
scan
scans
scanning
# What must be done: "needed", "necessary", "required" and "have to" make one claim about necessity.
[term-needed]
needed
necessary
required
(have|has|had) to
[term-oncologist]
@care-team
(seek|seeking|get|getting|need|needs|obtain) *2 medical (attention|help|care|assessment|evaluation)
medical (attention|help)

# --- recommending (for faithfulness.unsupported) and naming sources (for faithfulness.citation) ---
# An [unvetted-source] fails faithfulness.citation only in a sentence that also rests on it ([source-basis]).
[recommend]
(try|trying)
(take|taking|start|starting|add|adding|use|using|begin|combine|switch to|ask for) *2 @rx-unproven
(recommend|suggest|advise|encourage|consider|considering)
worth (trying|a try|considering|exploring|adding|asking about)
# ("you may already be getting diarrhoea" is no advice: "be" does not stand between.)
you (could|can|might|may|should) (take|try|use|add|start|consider|combine|ask for|look into|explore|get)
you (could|can|might|may|should) (also|still|just|then|first|perhaps|even|definitely|always|really|well|then also) (take|try|use|add|start|consider|combine|ask for|look into|explore|get)
you (could|can|might|may|should) (want|wish|like) to (take|try|use|add|start|consider|combine|ask for|look into|explore|get)
(good|great|promising|effective) (option|choice|alternative|addition|treatment|therapy)
[cited-source]
nccn
asco
esmo
sio
sio-asco
asco-sno-astro
national cancer institute
nci
pdq
american cancer society
(prescribing|product) information
(drug|package) label
(fda|ema) label
nrg-br002
e2108
ecog-acrin
[unvetted-source]
facebook
tiktok
youtube
instagram
reddit
(a|an|the) *4 (forum|forums|blog|blogs|podcast|influencer|influencers)
online (forum|group|video|videos|testimonial|testimonials|community)
(my|a) naturopath
joe tippens
testimonial
testimonials
anecdotes
[source-basis]
(according to|based on|basing|base)
(comes|come|came|drawn|taken|sourced) from
source
sources
(rely|relies|relying) on
(as|what) (reported|shared|posted) (by|on|in)
i (trust|follow|go by)
