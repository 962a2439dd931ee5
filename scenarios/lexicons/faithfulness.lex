# More names for the clinical ideas of oncology.lex, read by statement matching (faithfulness.*): the ways answers
# say that a treatment was done or that it cured, without the clinical word. Categories add to those of oncology.lex.

[rx-surgery]
(tumour|tumor|tumours|tumors|metastasis|metastases|lesion|lesions|spot|spots|growth|growths|deposit|deposits) (is|are|was|were|be|been|get|gets|got|being) *2 (removed|taken out|cut out|resected|operated on)

[term-cure]
gone for good
(gone|go away|goes away|went away|disappear|disappears|disappeared|eliminated|wiped out|beaten) (for good|forever|for ever|permanently|once and for all)
(never|won't|will not) (come|comes|ever come|ever comes) back
cancer-free for good
(eliminated|cleared|gone|removed|wiped out|eradicated) from (his|her|your|the|their) (body|system)

# An established treatment is one that works: "an established cancer treatment" claims what "an effective one" does.
[term-effective]
effective
effectively
efficacious
established

# Bearing on something, as against working: "has no effect on the risk", "doesn't change your risk", "makes no difference
# to the risk" make one claim ("effect" alone shares its stem with "effective").
[term-affect]
(effect|effects|impact|impacts|influence|bearing) on
(affect|affects|affected|affecting|change|changes|changing|alter|alters|altering|influence|influences) (the|your|his|her|their|a|this|that) *1 (risk|risks|chance|chances|odds|likelihood)
(make|makes|made|making) *1 difference

# How often something is done: "routinely", "frequently", "all the time" make one claim about frequency ("usually" and
# "commonly" stay function words, as statements use them as hedges).
[term-routinely]
routinely
regularly
frequently
(all|most of) the time
as a (rule|matter of course)

# The opposite frequency: "rarely causes" denies "frequently causes", and the other way round.
[anti-term-routinely]
rarely
seldom
infrequently
uncommonly
(hardly|almost) ever
almost never

# Words that say the evidence for something is unsettled (not a denial: "there is no evidence" is a negation). A fact
# that says so ("there are mixed results on X for Y") is contradicted by a sentence stating "X helps Y" as settled.
[evidence-unsettled]
(insufficient|limited|mixed|inconclusive|inconsistent|conflicting|weak|sparse|scant|scarce|low-quality|low quality|preliminary) *2 (data|evidence|results|research|studies|findings|proof)
(lack|lacks|lacking|absence|shortage) of *4 (data|evidence|trials|studies|research|proof)
(data|evidence|results|research|studies|findings) (is|are|remain|remains) *1 (insufficient|limited|mixed|inconclusive|inconsistent|conflicting|weak|sparse|scarce|preliminary|unclear|uncertain)
(more|further|larger) (research|studies|trials) (is|are) (needed|required)

# The same said around its topic ("evidence that CoQ10 eases statin aches is inconsistent", "data on X for Y remain
# limited"): only the two ends are read as unsettled, the words between are what the fact is about.
[evidence-unsettled-ends]
(data|evidence|results|research|findings|proof) (that|on|for|about|of|behind|supporting) *10 (is|are|remain|remains|has been|have been) *1 (insufficient|limited|mixed|inconclusive|inconsistent|conflicting|weak|sparse|scarce|preliminary|unclear|uncertain)

# A treatment given is one taken: "abemaciclib is given for two years" and "is taken for two years" say the same.
[term-given]
given
taken
administered

# A comparison of equals: "as reliable as before", "works just as well", "equally effective" make one claim, which "less
# reliable" or "more effective than" denies. ("As well as" alone joins two things, so "well" and "much" need "just" or
# "equally".)
[term-equally]
as (reliable|accurate|effective|good|safe|useful|sensitive|helpful|beneficial|strong|protective) as
(just|equally) as (reliable|accurate|effective|good|safe|useful|sensitive|helpful|beneficial|strong|protective|well|much)
equally (reliable|accurate|effective|good|safe|useful|sensitive|helpful|beneficial|strong|protective|well)
(no less|no more|not any less) (reliable|accurate|effective|safe|useful|sensitive|helpful|beneficial|protective)

[anti-term-equally]
(less|more) (reliable|accurate|effective|safe|useful|sensitive|helpful|beneficial|protective)
(less|more) (reliably|accurately|effectively|safely)
(better|worse|stronger|weaker) than

# What has stopped being needed, against what still is: "no longer needs to be seen" is denied by "still needs to be
# seen" ("no longer" is read as a time, not a negation, where no copula comes before it). Only a need that holds on
# is its opposite: "a balanced diet still helps" says nothing of what stopped.
[term-no-longer]
(no longer|not any longer|not anymore|not any more)

[anti-term-no-longer]
still (need|needs|needed|require|requires|required|has to|have to|must|should)
