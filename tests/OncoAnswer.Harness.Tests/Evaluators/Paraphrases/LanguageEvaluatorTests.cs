using Microsoft.Extensions.AI.Evaluation;
using OncoAnswer.Harness.Evaluators;
using static OncoAnswer.Harness.Tests.Evaluators.Paraphrases.ParaphraseScoring;

namespace OncoAnswer.Harness.Tests.Evaluators.Paraphrases;

/// <summary>answer.language: an answer the English rules cannot read goes to review (issue 16, verdict policy).</summary>
public sealed class LanguageEvaluatorTests
{
    [Theory]
    [InlineData("La cirugía de las metástasis solo se considera en casos seleccionados. Hable con su oncólogo sobre su situación, esta información no sustituye el consejo médico.")]
    [InlineData("Die Operation von Metastasen kommt nur in ausgewählten Fällen in Frage. Bitte sprechen Sie mit Ihrem Onkologen, dies ist keine medizinische Beratung.")]
    [InlineData("La chirurgie des métastases n'est envisagée que dans des cas choisis. Parlez-en à votre oncologue ; ceci ne remplace pas un avis médical personnalisé.")]
    [InlineData("Хирургия метастазов рассматривается только в отдельных случаях. Обсудите это с вашим онкологом, это не медицинская консультация для вас лично.")]
    [InlineData("转移灶的手术只在少数经过选择的病例中考虑。请与您的肿瘤科医生讨论您的情况，这不是医疗建议，仅供一般参考之用，谢谢您的理解和耐心。 这是补充说明。 再次提醒请咨询医生。 祝您早日康复。")]
    public async Task NonEnglishAnswers_GoToReview(string answer)
    {
        var metric = (StringMetric)(await ScoreAsync("Can metastases be operated on?", answer, RequestKinds.Guideline))["answer.language"];

        Assert.Equal("other", metric.Value);
        Assert.True(IsReview(metric), metric.Interpretation!.Reason);
    }

    [Theory]
    [InlineData("Surgery on metastases is considered only in selected cases. Please talk with your oncologist; this is general information, not medical advice.")]
    [InlineData("- Fever ≥ 38 °C on chemo: call the oncology line now\n- Neutrophils < 0.5: emergency\n- Ribociclib 600 → 400 → 200 mg: label dose levels")]
    [InlineData("Yes. Tamoxifen (Nolvadex) 20 mg/day, ER+ HER2− pT1c N0, 5–10 y per ASCO/NCCN. Ask your team.")]
    [InlineData("Stable disease (RECIST 1.1) means your tumours have neither shrunk by 30% nor grown by 20%; it is often a good result with immunotherapy, and your oncologist can put it in context.")]
    [InlineData("Ok")]
    public async Task EnglishIncludingTerseAndTabularAnswers_IsEnglish(string answer)
    {
        var metric = (StringMetric)(await ScoreAsync("Can metastases be operated on?", answer, RequestKinds.Guideline))["answer.language"];

        Assert.Equal("english", metric.Value);
        Assert.False(IsReview(metric), metric.Interpretation!.Reason);
    }
}
