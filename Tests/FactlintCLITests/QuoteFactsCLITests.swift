import FactlintCLI
import FactlintCore
import Foundation
import Testing

/// Declared quotations through the command line: loading errors, `test-rules` with the
/// pack's speakers, and the fix policy (a quotation is never rewritten).
@Suite struct QuoteFactsCLITests {
    static let quotes = """
        {
          kind: "quotes",
          facts: [
            { text: "Every ferry will sail again before the first snow.", speaker: "Lena Vik" },
            { text: "We lost the north pier, but we did not lose a single passenger.", speaker: "Ola Vik" },
          ],
          examples: {
            triggers: ["“Every ferry will sail again before the winter,” Lena Vik said.",
                       "“We lost the north pier, but we did not lose a single passenger,” Harbourmaster Vik said."],
            passes: ["“We lost the north pier, but we didn’t lose a single passenger,” Ola Vik said.",
                     "“Every ferry will sail again before the first snow,” Vik said."],
          },
        }
        """
    /// Gives Lena Vik the alias the second trigger needs: the quotes rule reads it from the pack.
    static let people = """
        { kind: "entities", entities: [{ name: "Lena Vik", gender: "female", aliases: ["Harbourmaster Vik"] }, { name: "Ola Vik", gender: "male" }] }
        """

    @Test func aBadDeclarationStopsTheLoadWithExitTwo() throws {
        let scratch = try Scratch()
        try scratch.write("rules/ferry-quotes.json5", "{ kind: 'quotes', facts: [{ text: 'Every ferry will sail.', who: 'Lena Vik' }] }")
        try scratch.write("a.txt", "The ferries stopped.\n")
        let run = Run(["--rules", scratch.path("rules"), scratch.path("a.txt")])
        #expect(run.status == ExitCode.failure)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("ferry-quotes.json5: facts[0].who: unknown key 'who'"))
        try scratch.write("rules/ferry-quotes.json5", "{ kind: 'quotes', facts: [{ text: 'Sail again.' }] }")
        let short = Run(["--rules", scratch.path("rules"), scratch.path("a.txt")])
        #expect(short.status == ExitCode.failure)
        #expect(short.err.contains("facts[0].text: 'Sail again.' has 2 words; a declared quotation needs 3 words or more to be recognised"))
    }

    @Test func testRulesRunsTheExamplesWithThePacksSpeakers() throws {
        let scratch = try Scratch()
        try scratch.write("rules/ferry-quotes.json5", Self.quotes)
        try scratch.write("rules/people.json5", Self.people)
        let run = Run(["test-rules", "--rules", scratch.path("rules")])
        #expect(run.status == ExitCode.clean, "\(run.out)")
        // Without the entities rule, "Harbourmaster Vik" is no one known: that trigger fails.
        try FileManager.default.removeItem(atPath: scratch.path("rules/people.json5"))
        let alone = Run(["test-rules", "--rules", scratch.path("rules")])
        #expect(alone.status == ExitCode.findings)
        #expect(alone.out.contains("ferry-quotes: trigger 2 is not reported"))
    }

    @Test func fixNeverRewritesAQuotation() throws {
        let scratch = try Scratch()
        try scratch.write("rules/ferry-quotes.json5", Self.quotes)
        let text = "“Every ferry will sail again before the winter,” Lena Vik said.\n"
        try scratch.write("a.txt", text)
        let fix = Run(["--rules", scratch.path("rules"), "--fix", scratch.path("a.txt")])
        #expect(fix.out.contains("quotation differs from its declared wording: \"winter\" where the declared wording has \"first snow\""))
        #expect(try scratch.read("a.txt") == Array(text.utf8))
        #expect(Run(["--rules", scratch.path("rules"), "--diff", scratch.path("a.txt")]).out.isEmpty)
    }
}
