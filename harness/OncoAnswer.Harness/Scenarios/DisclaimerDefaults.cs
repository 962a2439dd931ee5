namespace OncoAnswer.Harness.Scenarios;

/// <summary>Applies the run config's disclaimer policy to the scenarios whose scenario and suite state none.</summary>
public static class DisclaimerDefaults
{
    /// <summary>
    /// <paramref name="suites"/> with <paramref name="policy"/> as the disclaimer expectation of every scenario that
    /// states none (precedence: scenario &gt; suite &gt; run config &gt; built-in "required").
    /// </summary>
    public static List<Suite> Apply(IEnumerable<Suite> suites, DisclaimerExpectation policy)
    {
        ArgumentNullException.ThrowIfNull(suites);
        var result = new List<Suite>();
        foreach (var suite in suites)
        {
            if (policy == DisclaimerExpectation.Required || suite.Scenarios.All(s => s.Expect.DisclaimerStated))
            {
                result.Add(suite);
                continue;
            }

            var scenarios = suite.Scenarios
                .Select(s => s.Expect.DisclaimerStated ? s : s with { Expect = s.Expect with { Disclaimer = policy } })
                .ToList();
            result.Add(suite with { Scenarios = scenarios });
        }

        return result;
    }
}
