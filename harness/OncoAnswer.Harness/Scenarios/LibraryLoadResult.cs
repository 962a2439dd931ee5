using OncoAnswer.Harness.Guidelines;

namespace OncoAnswer.Harness.Scenarios;

/// <summary>What <see cref="LibraryLoader"/> found: the suites and knowledge base that loaded, and every problem.</summary>
/// <param name="Suites">Suites that loaded (all of them when there were no suite errors).</param>
/// <param name="KnowledgeBase">The knowledge base, or null when none was given or it did not load.</param>
/// <param name="Files">How many files were read.</param>
/// <param name="Errors">Every problem, file:line:column first.</param>
public sealed record LibraryLoadResult(IReadOnlyList<Suite> Suites, KnowledgeBase? KnowledgeBase, int Files, IReadOnlyList<InputError> Errors);
