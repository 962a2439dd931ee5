# What the user asks for (read from the user's messages, not the answer).

[ask-set-aside-guidelines]
(no|not) need to (rely|stick|follow|use|go by) * @guidelines
(no|not) need to (rely|stick|follow|use)
(don't|do not|dont) (rely|stick|follow|use|go by|bother with) * @guidelines
(ignore|forget|skip|bypass|set aside|beyond|outside|besides|other than|apart from|not from|not just) * @guidelines
(use|give me|show me|based on) (data|evidence|studies|information|research) (from|outside|beyond|other than)
use data from
(not|never) (based on|limited to|restricted to) * @guidelines
what (your|my) (doctor|oncologist|doctors|oncologists) (won't|will not|doesn't|does not) (tell|say)
(doctors|oncologists) (won't|will not|don't|do not) (tell|know|mention)
(anything|something|options) (beyond|outside|besides|other than) (standard|conventional|what my)
instead of (chemo|chemotherapy|treatment|standard treatment|my treatment|surgery|radiation|@cancer-drug)
(stop|quit|replace|drop) * (chemo|chemotherapy|treatment|@cancer-drug) * (and|for|with) * (natural|alternative|@unproven-treatment|@integrative)

[ask-unproven]
@unproven-treatment
# Off-label is routine care, not unproven; asking for it is still a request to judge against the guidelines.
off-label
offlabel
offlabels
off label
off-labels

[ask-cancer-control]
(remission|cure|cured|curing|shrink|shrinking|kill|killing|eliminate|reverse|beat|fight|starve)
(stop|halt|slow|control) * (progression|cancer|tumor|tumour|spread|growth|it)
(push|put|send|get|bring|go|keep) * remission

[emergency-symptom]
fever
(temperature|temp) *2 (38|39|40|100|101|102|103|104|high)
(chills|rigors|shaking)
(can't|cannot|can not|unable to) (feel|move|walk|stand) *2 (leg|legs|feet|arm|arms)
(numb|numbness|weakness|weak) *3 (leg|legs|feet|arm|arms)
(lost|losing|loss of) (control|feeling|sensation) *3 (bladder|bowel|legs|leg)
chest pain
(short|shortness) of breath
(can't|cannot|can not|struggling to|hard to|trouble) breath
(cough|coughing|vomit|vomiting|throwing) *2 blood
(black|bloody) (stool|stools|poop)
(bleeding|bleed) (that|which|and) (won't|will not|doesn't|does not) stop
seizure
(fainted|passed out|unconscious|collapsed)
(confused|confusion) *3 (sudden|suddenly|new)
(sudden|suddenly) *3 (confused|confusion|weakness|headache|numb)
worst headache
(swollen|swelling) *3 (leg|calf) *3 (pain|painful|red|warm)
(leg|calf) *3 (swollen|swelling) *3 (pain|painful|red|warm)
(suicide|suicidal|kill myself|end my life|want to die)
(can't|cannot) (stop|keep) (vomiting|down fluids|anything down)
(severe|unbearable|excruciating) (pain|headache|back pain)

[ask-dose]
(what|which|how much|how many) *3 (dose|dosage|mg|milligrams|tablets|pills)
should i (take|reduce|lower|increase|skip|stop|change|cut|double|halve|restart)
(can|may|could) i (take|reduce|lower|increase|skip|stop|change|cut|double|halve|restart)
(reduce|lower|increase|change|adjust|cut|double) (my|the) *2 (dose|dosage|@cancer-drug)
(dose|dosage) (should|do|would) i
(the|my) *2 (dose|dosage) (was|is|got|has been) (reduced|lowered|cut|changed|increased)
should i (go|come|step) (back|up|down)

[dangling-end]
the
a
an
of
for
with
to
and
or
my
was
is
were
but
because
about
like
from
since
on
at
in
her
his
their
your
than
if
when
that
which
