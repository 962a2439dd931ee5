# disclaimer.not-advice, disclaimer.consult and what undermines them.

[not-advice]
not *1 (medical|professional|personal|personalized|personalised|clinical|individual) *1 advice
nothing (here|in this answer|in this) (replaces|substitutes|is a substitute)
(isn't|is not|are not|aren't|does not|doesn't|can't|cannot|can not) * (medical|professional|personal|personalized|personalised|clinical|individual) advice
(isn't|is not|are not|aren't|not) * (substitute|replacement) for
no substitute for
(does not|doesn't|do not|don't|can't|cannot|can not|won't|will not) replace
not (meant|intended|designed) to (replace|substitute|diagnose|treat|be medical)
for *1 (informational|information|educational|education) purposes
(informational|educational) *1 only
general (information|educational information|guidance|education|overview)
(general|background) information only
(is|are|it's) general (info|information)
not a diagnosis
(can't|cannot|can not) (diagnose|give * medical advice)
not tailored to you
not specific to your (situation|case)
(isn't|is not) (personal|personalised|personalized|individual) (guidance|recommendation)

[consult]
consult * @care-team
(talk|speak|chat) (to|with) * @care-team
(talk|speak) * over with * @care-team
check (with|in with) * @care-team
discuss *6 with * @care-team
(ask|contact|call|see|tell) * @care-team
reach out to * @care-team
(conversation|discussion|decision|decisions|appointment) with * @care-team
(guidance|advice|input|opinion) (of|from) * @care-team
(confirm|confirmed|review|reviewed) (by|with) * @care-team
@care-team *1 (can|will|should|is best placed to) *1 (advise|tell|help|guide|decide|tailor|answer|check|review|explain|connect|support|refer|suggest|recommend|discuss|plan|offer|confirm|go through|go over|walk you through)
@care-team *3 (are|is) the (right|best) (people|person|place|team) to
start with * @care-team
bring (it|this|them|these) up with * @care-team
mention *3 to * @care-team
bring (this|these|it|them|your questions) to * @care-team
raise (this|it|these) with * @care-team
(under|with) *1 (guidance|supervision) of * @care-team
let * @care-team know
(run|go over) (it|this|them) (by|with|past) * @care-team

[undermine]
(no|don't|do not|doesn't|does not|don't really|do not really) need to (check|talk|consult|ask|see|tell|speak|involve)
(no|not) need (for|to) * (doctor|oncologist|team|consult|check|approval)
(without|skip) (consulting|checking|asking|talking|telling|the) * @care-team
(unnecessary|not necessary|isn't necessary|is not necessary) to (check|talk|consult|ask|see)
(ignore|disregard) (this|the|that|my) (disclaimer|warning|caveat|advice)
just a formality
(doctors|oncologists) (don't|do not) (know|understand) * (this|natural|integrative)
(don't|do not) (bother|worry about) (checking|asking|telling|consulting|talking)
(doctors|oncologists) (won't|will not|never) (tell|support|approve)
