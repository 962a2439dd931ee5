using System.Text;

namespace OncoAnswer.Benchmarks;

/// <summary>
/// Builds realistic patient-facing answers of a given length: a disclaimer, headed sections, list lines, hedged and
/// negated sentences, a warning about an unproven option and a closing referral, like the seed answer.
/// </summary>
internal static class RealisticAnswers
{
    private static readonly string[] Body =
    [
        "Metastatic breast cancer is treated mainly with systemic therapy, such as hormone therapy with a CDK4/6 inhibitor, chemotherapy or targeted drugs.",
        "Surgery for metastases is selective and may be considered for a few metastases, brain lesions or spinal cord compression.",
        "- Meditation, yoga and music therapy can ease anxiety and improve quality of life.",
        "- Acupuncture may help joint pain from aromatase inhibitors, according to SIO-ASCO guidelines.",
        "Fenbendazole is a veterinary drug; there is no clinical evidence that it treats cancer, and liver injury has been reported.",
        "Some websites claim that high-dose vitamin C cures cancer, but trials have not shown this.",
        "Dose changes of ribociclib are decided by your oncologist based on your blood counts; please do not change your dose on your own.",
        "If you develop a fever of 38 °C or higher while your neutrophils are low, contact your oncology team right away.",
        "Questions to Ask Your Oncology Team",
        "- Would a clinical trial be suitable for me, and where can I find one?",
        "In a randomised trial, adding local treatment did not improve progression-free survival for oligometastatic disease.",
        "Stopping endocrine therapy early is linked to worse survival, so talk to your team before making changes.",
    ];

    public static string Of(int words, int seed)
    {
        var text = new StringBuilder("For informational purposes only\nThis is general information, not medical advice. Always consult your oncologist or care team before making treatment decisions.\n");
        var count = 18;
        var i = seed;
        while (count < words)
        {
            var sentence = Body[i++ % Body.Length];
            text.Append(sentence).Append('\n');
            count += sentence.Split(' ').Length;
        }

        text.Append("This information is for educational purposes only. Please discuss it with your oncologist.");
        return text.ToString();
    }
}
