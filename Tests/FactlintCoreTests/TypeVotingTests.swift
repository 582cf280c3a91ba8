import FactlintCore
import Testing

/// How the articles' type phrases are read and counted, and a person's declared role.
@Suite struct TypeVotingTests {
    let rules = try! rule(#"{ kind: "types" }"#)

    @Test func spellingsOfOneNameVoteTogether() {
        assertFindings(rules, [
            "The port authority's director, Joaquín Ferro, spoke.",
            "Joaquin Ferro, the agency's director, said the quay was safe.",
            "The 1️⃣deputy director of the Port Authority, Joaquín Ferro, toured the quay.",
        ], ["1️⃣": "'deputy director' contradicts what 2 other articles call Joaquín Ferro: 'director'"])
    }

    @Test func phrasesWithOneHeadAreOneVote() {
        assertFindings(rules, [
            "Owners of the Valka T7, a compact sedan, were told to wait.",
            "The Valka T7, a sedan, is the cheaper model.",
            "Dealers stopped selling the Valka T7 1️⃣hatchback on Monday.",
        ], ["1️⃣": "'hatchback' contradicts what 2 other articles call Valka T7: 'compact sedan'"])
    }

    @Test func aPostNeedsNoDeterminer() {
        assertFindings(rules, [
            "\"We will repay everyone,\" said chief executive Oskar Brandt.",
            "Chief Executive Oskar Brandt apologised on Friday.",
            "The mill's 1️⃣chief financial officer Oskar Brandt declined to comment.",
        ], ["1️⃣": "'chief financial officer' contradicts what 2 other articles call Oskar Brandt: 'chief executive'"])
    }

    /// "CEO" is "chief executive"; "CFO" is still another post. A minister's portfolios may
    /// combine ("Minister of Trade and Industry"), so two of them do not contradict.
    @Test func initialsAreSpelledOutAndPortfoliosCombine() {
        let majority = [
            "\"We will repay everyone,\" said chief executive Oskar Brandt.",
            "Chief Executive Oskar Brandt apologised on Friday.",
        ]
        assertFindings(rules, majority + ["His brother, CEO Oskar Brandt, declined to comment."], [:])
        assertFindings(rules, majority + ["The mill's 1️⃣CFO Oskar Brandt declined to comment."],
                       ["1️⃣": "'cfo' contradicts what 2 other articles call Oskar Brandt: 'chief executive'"])
        assertFindings(rules, [
            "Trade minister Hanne Vik opened the plant.",
            "The plant was opened by trade minister Hanne Vik.",
            "Industry minister Hanne Vik cut the ribbon.",
        ], [:])
    }

    @Test func anAllCapsKindInAnApposition() {
        assertFindings(rules, [
            "The Valka T9, an electric SUV, sold best.",
            "The Valka T9, an SUV, was recalled first.",
            "Owners of the Valka T9 1️⃣hatchback got letters.",
        ], ["1️⃣": "'hatchback' contradicts what 2 other articles call Valka T9: 'electric suv'"])
    }

    /// "Skyhawk 7, a DHC-6 glider": a number closing the name and a model designation
    /// opening the type are skipped, so the apposition votes with "the glider Skyhawk 7".
    @Test func aNumberedNameAndAModelDesignation() {
        assertFindings(rules, [
            "Rescuers flew in Skyhawk 7, a DHC-6 glider that seats two.",
            "Skyhawk 7, an SG38 glider, landed at noon.",
            "Pictures show the 1️⃣helicopter Skyhawk 7 over the ridge.",
        ], ["1️⃣": "'helicopter' contradicts what 2 other articles call Skyhawk: 'glider'"])
        assertFindings(rules, [
            "Skyhawk 7, a DHC-6 glider, landed.", "The glider Skyhawk 7 landed.", "Skyhawk 7, 2 km away, landed.",
            "The score was Ashbury 3, Redmarsh 1, at the break.",
        ], [:])
    }

    /// Traps: a post that adds to the majority's, one article against one, and a verb before a name.
    @Test func compatibleAndThinEvidencePasses() {
        assertFindings(rules, [
            "said chief executive Oskar Brandt. The Valka T7, a sedan, sold well.",
            "The former chief executive Oskar Brandt spoke. Owners praised Oskar Brandt.",
            "Chief Executive Oskar Brandt waved. The Valka T7 hatchback is another story.",
        ], [:])
    }

    @Test func aPersonsRoleCatchesTheWrongPost() throws {
        let rules = try rule("""
        { kind: "entities", pronouns: false, entities: [
          { name: "Marit Sunde", gender: "female", role: "general counsel", aliases: ["Sunde"],
            contradicts: ["chief executive", "chief financial officer"] },
        ] }
        """)
        assertFindings(rules, ["Harbour Bank 1️⃣chief executive Marit Sunde said the appeal would go ahead."],
                       ["1️⃣": "'chief executive' contradicts what Marit Sunde is: a general counsel"])
        assertFindings(rules, ["Harbour Bank general counsel Marit Sunde said the appeal would go ahead."], [:])
    }

    @Test func aPersonMayHaveATypeButNotBothKeys() throws {
        _ = try rule(#"{ kind: "entities", entities: [{ name: "Marit Sunde", gender: "female", type: "lawyer" }] }"#)
        #expect(throws: (any Error).self) {
            try rule(#"{ kind: "entities", entities: [{ name: "Marit Sunde", type: "lawyer", role: "general counsel" }] }"#)
        }
    }
}
