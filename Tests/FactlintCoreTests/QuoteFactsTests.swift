import FactlintCore
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Declared quotations in a `quotes` rule: wording and speaker against the declaration.
/// The event: a spillway failure flooding a valley town (mayor Ingrid Solheim, dam
/// engineer Tomas Solheim — no relation — and resident Petra Nyland).
@Suite struct QuoteFactsTests {
    static let facts = """
        facts: [
          { text: "Nobody in this valley will be asked to rebuild on their own.", speaker: "Ingrid Solheim" },
          { text: "The spillway did what it was designed to do, and the water still came.", speaker: "Tomas Solheim" },
          { text: "We heard the river before we saw it, and by then the road was gone.", speaker: "Petra Nyland" },
        ]
        """
    let quotes = try! rule("{ kind: 'quotes', \(facts) }", id: "flood-quotes")

    /// The quotes rule with an entities rule giving genders and aliases.
    static func withPeople(_ entities: String = """
        { name: "Ingrid Solheim", gender: "female", aliases: ["Mayor Solheim"] },
        { name: "Tomas Solheim", gender: "male" },
        { name: "Petra Nyland", gender: "female", aliases: ["Nyland"] },
        """) throws -> RuleSet {
        try RuleLoader.load([
            (path: "flood-quotes.json5", data: Data("{ kind: 'quotes', \(facts) }".utf8)),
            (path: "people.json5", data: Data("{ kind: 'entities', entities: [\(entities)] }".utf8)),
        ])
    }

    @Test func aRewordedDeclaredQuotationIsAnErrorNamingTheDeclaredWording() {
        assertFindings(quotes, "“Nobody in this valley will be asked to rebuild 1️⃣alone,” Ingrid Solheim said.", [
            "1️⃣": "quotation differs from its declared wording: \"alone\" where the declared wording has \"on their own\"; expected \"Nobody in this valley will be asked to rebuild on their own\"",
        ])
        assertFindings(quotes, "“We heard the river before we saw it, and by then the 1️⃣whole road was gone,” said Petra Nyland.", [
            "1️⃣": "quotation differs from its declared wording: \"whole\" is added; expected \"We heard the river before we saw it, and by then the road was gone\"",
        ])
        // A moved word: the expected wording runs to the declaration's end.
        assertFindings(quotes, "“The spillway did what it was designed to do, and the water 1️⃣finally still came,” Tomas Solheim said.", [
            "1️⃣": "quotation differs from its declared wording: \"finally\" is added; expected \"The spillway did what it was designed to do, and the water still came\"",
        ])
        assertFindings(quotes, "“We heard the river before we 1️⃣even saw it, and by then the road was,” Petra Nyland said.", [
            "1️⃣": "quotation differs from its declared wording: \"even\" is added; expected \"We heard the river before we saw it, and by then the road was gone\"",
        ])
        let found = Engine(ruleSet: quotes, workers: 1).check(texts: [
            (path: "a.txt", text: "“The spillway did what it was built to do, and the water still came,” the engineer said."),
        ]).diagnostics
        #expect(found.map(\.severity) == [.error])
    }

    @Test func theDeclarationOutranksTheArticlesVote() {
        // Three articles agree on a misquote; the one with the declared wording is right.
        assertFindings(quotes, [
            "“The spillway did what it was designed to do, and the 1️⃣flood still came,” Tomas Solheim said.",
            "“The spillway did what it was designed to do, and the 2️⃣flood still came,” he said.",
            "Tomas Solheim said: “The spillway did what it was designed to do, and the 3️⃣flood still came.”",
            "“The spillway did what it was designed to do, and the water still came,” Solheim said.",
        ], [
            "1️⃣": "quotation differs from its declared wording: \"flood\" where the declared wording has \"water\"; expected \"The spillway did what it was designed to do, and the water still came\"",
            "2️⃣": "quotation differs from its declared wording: \"flood\" where the declared wording has \"water\"; expected \"The spillway did what it was designed to do, and the water still came\"",
            "3️⃣": "quotation differs from its declared wording: \"flood\" where the declared wording has \"water\"; expected \"The spillway did what it was designed to do, and the water still came\"",
        ])
    }

    @Test func correctQuotationsExcerptsAndHouseStyleAreClean() {
        assertFindings(quotes, [
            "“Nobody in this valley will be asked to rebuild on their own,” Ingrid Solheim said on Monday.",
            // An excerpt, lower case inside a sentence.
            "The mayor promised that “nobody in this valley will be asked to rebuild” after the flood.",
            // An excerpt that starts mid-sentence, then the rest of what he said.
            "Tomas Solheim said the gates opened and “it was designed to do, and the water still came,” adding: “It’s not the spillway’s fault.”",
            "“We heard the river before we saw it, and by then the road was gone,” said Petra Nyland.",
        ], [:])
        // British and American spelling, and a contraction for "did not" in a declared quotation.
        let spelled = try! rule("""
            { kind: 'quotes', facts: [{ text: "We did not realise how fast the colour of the river changed.", speaker: "Petra Nyland" }] }
            """)
        assertFindings(spelled, [
            "“We didn’t realize how fast the color of the river changed,” Petra Nyland said.",
            "“We did not realise how fast the colour of the river changed,” Nyland said.",
        ], [:])
        let initials = try! rule("{ kind: 'quotes', facts: [{ text: 'The U.S. Army engineers will stay until the levee is rebuilt.', speaker: 'Tomas Solheim' }] }")
        assertFindings(initials, ["“The US Army engineers will stay until the levee is rebuilt,” Tomas Solheim said."], [:])
    }

    @Test func anotherQuotationSharingAFewWordsIsNotTheDeclaredOne() {
        assertFindings(quotes, [
            "“Nobody in this valley has seen water like this in fifty years,” a farmer said.",
            "“We heard the sirens at midnight and drove to my sister’s farm,” said Ingrid Solheim.",
            // Another person's sentence in the same frame, reworded: another utterance.
            "“We heard the sirens before we saw the water,” said Ingrid Solheim.",
            "“The road was gone by noon and the bridge an hour later,” Tomas Solheim said.",
        ], [:])
    }

    @Test func aShortDeclarationIsFoundOnlyAsTheWholeQuotation() throws {
        let short = try rule("{ kind: 'quotes', facts: [{ text: 'We will rebuild it.', speaker: 'Ingrid Solheim' }, { text: 'The gates opened on time.', speaker: 'Tomas Solheim' }] }")
        assertFindings(short, [
            "“We will rebuild it,” said 1️⃣Tomas Solheim.",
            "“We will rebuild it before the spring thaw,” said Tomas Solheim.",
        ], ["1️⃣": "'Tomas Solheim' is given as the speaker of a quotation declared as Ingrid Solheim's; expected 'Ingrid Solheim'"])
    }

    @Test func aQuotationGivenToAnotherKnownSpeakerIsAWarning() {
        let message = "'Tomas Solheim' is given as the speaker of a quotation declared as Ingrid Solheim's; expected 'Ingrid Solheim'"
        assertFindings(quotes, "“Nobody in this valley will be asked to rebuild on their own,” said 1️⃣Tomas Solheim.", ["1️⃣": message])
        assertFindings(quotes, "“Nobody in this valley will be asked to rebuild on their own,” 1️⃣Tomas Solheim said.", ["1️⃣": message])
        assertFindings(quotes, "1️⃣Tomas Solheim told reporters: “Nobody in this valley will be asked to rebuild on their own.”", ["1️⃣": message])
        assertFindings(quotes, "According to 1️⃣Tomas Solheim, “Nobody in this valley will be asked to rebuild on their own.”", ["1️⃣": message])
        assertFindings(quotes, "“Nobody in this valley will be asked to rebuild on their own,” 1️⃣Tomas Solheim, the dam engineer, said.", ["1️⃣": message])
        // The nearest speaker in the sentence before.
        assertFindings(quotes, "1️⃣Petra Nyland said the water rose in minutes. “Nobody in this valley will be asked to rebuild on their own.”", [
            "1️⃣": "'Petra Nyland' is given as the speaker of a quotation declared as Ingrid Solheim's; expected 'Ingrid Solheim'",
        ])
        let found = Engine(ruleSet: quotes, workers: 1).check(texts: [
            (path: "a.txt", text: "“The spillway did what it was designed to do, and the water still came,” said Petra Nyland."),
        ]).diagnostics
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.related.map(\.message) == ["the quotation"])
    }

    @Test func noSpeakerReportWhenNoneCanBeReadOrItNamesNoOneKnown() {
        assertFindings(quotes, [
            // No attribution at all, and a name in another paragraph.
            "Petra Nyland lives by the river.\n\nThe words “Nobody in this valley will be asked to rebuild on their own” were painted on the school wall.",
            // A surname two known people share.
            "“Nobody in this valley will be asked to rebuild on their own,” Solheim said.",
            // Someone nobody declared.
            "“Nobody in this valley will be asked to rebuild on their own,” said Karl Brenna.",
            // A new sentence after the quotation reports other words.
            "“Nobody in this valley will be asked to rebuild on their own.” Tomas Solheim said the gates would be inspected.",
            // A speech verb whose subject is no name: someone unnamed, not the nearest name.
            "Tomas Solheim said the gates held, and the mayor added: “Nobody in this valley will be asked to rebuild on their own.”",
            "Tomas Solheim said the gates held. “Nobody in this valley will be asked to rebuild on their own,” the mayor said.",
            // A relation of a known person.
            "“Nobody in this valley will be asked to rebuild on their own,” said Tomas Solheim’s brother.",
            // A pronoun, with no gender known.
            "Tomas Solheim said the gates opened. “Nobody in this valley will be asked to rebuild on their own,” he said.",
            // The declared speaker.
            "“Nobody in this valley will be asked to rebuild on their own,” Ingrid Solheim said.",
        ], [:])
    }

    @Test func theEntitiesRuleGivesAliasesTitlesAndGenders() throws {
        let rules = try Self.withPeople()
        let toIngrid = "is given as the speaker of a quotation declared as Tomas Solheim's; expected 'Tomas Solheim'"
        assertFindings(rules, [
            "“The spillway did what it was designed to do, and the water still came,” 1️⃣Mayor Solheim said.",
            "“The spillway did what it was designed to do, and the water still came,” 2️⃣Ms Solheim said.",
            "Ingrid Solheim said the town would pay. “The spillway did what it was designed to do, and the water still came,” 3️⃣she said.",
            // The right people: an alias, a title, a pronoun.
            "“We heard the river before we saw it, and by then the road was gone,” Nyland said.",
            "“The spillway did what it was designed to do, and the water still came,” Mr Solheim said.",
            "Tomas Solheim said the gates opened. “The spillway did what it was designed to do, and the water still came,” he said.",
            // A pronoun of the other gender than the person before it: someone else.
            "Ingrid Solheim said the town would pay. “The spillway did what it was designed to do, and the water still came,” he said.",
        ], [
            "1️⃣": "'Mayor Solheim' (Ingrid Solheim) \(toIngrid)",
            "2️⃣": "'Ms Solheim' (Ingrid Solheim) \(toIngrid)",
            "3️⃣": "'she' (Ingrid Solheim) \(toIngrid)",
        ], ruleID: "flood-quotes")
    }

    @Test func aDescriptionThatIsAnAliasNamesTheSpeaker() throws {
        let rules = try Self.withPeople("""
            { name: "Ingrid Solheim", gender: "female", aliases: ["the mayor"] },
            { name: "Tomas Solheim", gender: "male", aliases: ["the dam engineer"] },
            """)
        let toTomas = "(Tomas Solheim) is given as the speaker of a quotation declared as Ingrid Solheim's; expected 'Ingrid Solheim'"
        assertFindings(rules, [
            "“Nobody in this valley will be asked to rebuild on their own,” 1️⃣the dam engineer said.",
            "Later 2️⃣the dam engineer told reporters: “Nobody in this valley will be asked to rebuild on their own.”",
            "3️⃣The dam engineer said: “Nobody in this valley will be asked to rebuild on their own.”",
            // The declared speaker's alias, and a description no rule gives.
            "“Nobody in this valley will be asked to rebuild on their own,” the mayor said.",
            "“Nobody in this valley will be asked to rebuild on their own,” a retired engineer said.",
        ], [
            "1️⃣": "'the dam engineer' \(toTomas)",
            "2️⃣": "'the dam engineer' \(toTomas)",
            "3️⃣": "'The dam engineer' \(toTomas)",
        ], ruleID: "flood-quotes")
    }

    @Test func aRewordedQuotationCarriesOnlyASuggestion() throws {
        let text = "“Nobody in this valley will be asked to rebuild alone,” Ingrid Solheim said."
        let found = Engine(ruleSet: quotes, workers: 1).check(texts: [(path: "a.txt", text: text)]).diagnostics
        let fix = try #require(found.first?.fix)
        #expect(fix.confidence == .suggestion)
        #expect(fix.text == "Nobody in this valley will be asked to rebuild on their own")
        #expect(String(decoding: Array(text.utf8)[fix.byteRange], as: UTF8.self) == "Nobody in this valley will be asked to rebuild alone")
    }

    @Test func undeclaredQuotationsStillVote() {
        assertFindings(quotes, [
            "“The insurance claims will take the whole winter to settle,” the broker said.",
            "“The insurance claims will take the whole 1️⃣year to settle,” the broker said.",
            "“The insurance claims will take the whole winter to settle,” a broker said.",
        ], ["1️⃣": "quote differs from doc1.txt:1: \"year\" where the other has \"winter\""])
    }

    @Test func examplesRunWithTheDeclarations() throws {
        let rules = try rule("""
            { kind: 'quotes', \(Self.facts),
              examples: {
                triggers: ["“Nobody in this valley will be asked to rebuild alone,” Ingrid Solheim said.",
                           "“Nobody in this valley will be asked to rebuild on their own,” said Petra Nyland."],
                passes: ["“Nobody in this valley will be asked to rebuild on their own,” Ingrid Solheim said."],
              } }
            """)
        #expect(RuleExampleCheck.run(rules).failures == [])
    }

    @Test func badDeclarationsAreClearErrors() {
        func problem(_ facts: String) -> String {
            do {
                _ = try rule("{ kind: 'quotes', facts: [\(facts)] }")
                return "loaded"
            } catch {
                return "\(error)"
            }
        }
        #expect(problem("{ text: 'Rebuild together.' }").contains("facts[0].text: 'Rebuild together.' has 2 words; a declared quotation needs 3 words or more"))
        #expect(problem("{ text: 'We will rebuild.' }").contains("'We will rebuild.' counts as 2 (a pair such as 'we will' or 'do not' counts once"))
        #expect(problem("{ text: 'We will rebuild it all.', spaeker: 'Ingrid Solheim' }").contains("unknown key 'spaeker'"))
        #expect(problem("{ speaker: 'Ingrid Solheim' }").contains("text"))
        #expect(problem("{ text: 'We will rebuild it all.', speaker: '  ' }").contains("is not a name"))
        #expect(problem("{ text: 'We will rebuild it all.' }, { text: 'we will REBUILD it all' }").contains("facts[1].text: the same quotation as facts[0]"))
        #expect(problem("{ text: 'We will rebuild it all.', severity: 'fatal' }") != "loaded")
    }

    @Test func manyDeclaredQuotationsInOneRunOnSentenceCostLinearTime() {
        // No sentence ends: the search for a nearby speaker must stay in its window.
        func text(_ n: Int) -> String {
            String(repeating: "“Nobody in this valley will be asked to rebuild on their own” and Tomas Solheim said that ", count: n)
        }
        func cpu(_ n: Int) -> Double {
            let texts = [(path: "a.txt", text: text(n))]
            return (0..<2).map { _ in
                var start = timespec(), end = timespec()
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
                _ = Engine(ruleSet: quotes, workers: 1).check(texts: texts)
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
                return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
            }.min()!
        }
        let growth = cpu(2_000) / max(cpu(500), 1e-3)
        #expect(growth < 8, "4× the quotations cost \(growth)× the time")
        let found = Engine(ruleSet: quotes, workers: 1).check(texts: [(path: "a.txt", text: text(3))]).diagnostics
        // The first quotation's only speech verb follows "and": no one named is its speaker.
        #expect(found.count == 2 && found.allSatisfy { $0.message.hasPrefix("'Tomas Solheim' is given as the speaker") })
    }
}
