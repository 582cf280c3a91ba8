import FactlintCore
import Testing

/// What the articles call a named thing, with no rules: the majority's type decides.
@Suite struct TypesRuleTests {
    let rules = try! rule(#"{ kind: "types" }"#)

    @Test func outlierTypeIsReportedAgainstTheMajority() {
        assertFindings(rules, [
            "Crews boarded the survey vessel Kestrel at dawn.",
            "Kestrel, the survey vessel, left port on time.",
            "The survey vessel Kestrel reached the reef.",
            "Divers from the 1️⃣patrol vessel Kestrel searched the reef.",
        ], ["1️⃣": "'patrol vessel' contradicts what 3 other articles call Kestrel: 'survey vessel'"])
    }

    @Test func exclusiveKindsContradictEvenWithOtherHeads() {
        assertFindings(rules, [
            "Sailors lined the deck of the aircraft carrier HMS Resolute.",
            "HMS Resolute, an aircraft carrier currently in port, was open to visitors.",
            "Visitors toured the 1️⃣destroyer HMS Resolute.",
        ], ["1️⃣": "'destroyer' contradicts what 2 other articles call HMS Resolute: 'aircraft carrier'"])
    }

    @Test func aTugIsNoOtherKindOfShip() {
        assertFindings(rules, [
            "The harbour tug Brimstone nudged the tanker off the quay.",
            "Brimstone, a harbour tug, stood by through the night.",
            "The crew of the tug Brimstone cast a line to the barge.",
            "Fishermen watched the 1️⃣trawler Brimstone tow the barge clear.",
        ], ["1️⃣": "'trawler' contradicts what 3 other articles call Brimstone: 'harbour tug'"])
    }

    @Test func aTieIsANoteOnBothSides() {
        let found = Engine(ruleSet: rules, workers: 1).check(texts: [
            (path: "a.txt", text: "The chief executive Ana Ruiz spoke."),
            (path: "b.txt", text: "Ana Ruiz, the chief executive, spoke."),
            (path: "c.txt", text: "The chief financial officer Ana Ruiz spoke."),
            (path: "d.txt", text: "Ana Ruiz, the chief financial officer, spoke."),
        ]).diagnostics
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.severity == .note && $0.related.count == 2 })
        // One article against one settles nothing and says nothing.
        assertFindings(rules, ["The chief executive Ana Ruiz spoke.", "The chief financial officer Ana Ruiz spoke."], [:])
    }

    @Test func rolesPossessivesAndKindWordsAreRead() {
        assertFindings(rules, [
            "Kestrel's general counsel, Marcus Whitcombe, said no. The Aeris E5 hatchback sold well.",
            "Marcus Whitcombe, Kestrel's general counsel, agreed. Buyers liked the Aeris E5 hatchback.",
            "Kestrel 1️⃣chief executive Marcus Whitcombe disagreed. Dealers sold the Aeris E5 2️⃣SUV first.",
            "The agency's director, Ana Ruiz, spoke.",
            "Ana Ruiz, its director, left.",
            "The 3️⃣deputy director Ana Ruiz arrived.",
        ], [
            "1️⃣": "'chief executive' contradicts what 2 other articles call Marcus Whitcombe: 'general counsel'",
            "2️⃣": "'suv' contradicts what 2 other articles call Aeris E5: 'hatchback'",
            "3️⃣": "'deputy director' contradicts what 2 other articles call Ana Ruiz: 'director'",
        ])
    }

    @Test func cleanCorpusPasses() {
        assertFindings(rules, [
            "The survey vessel Kestrel left. Kestrel, the survey vessel, returned.",
            "The survey vessel Kestrel docked.",
        ], [:])
    }

    /// Traps: compatible titles, modifiers that add rather than replace, verbs before names,
    /// and different things that share a name's words.
    @Test func compatiblePhrasesPass() {
        assertFindings(rules, [
            "The president Lena Holm opened the session. The former finance minister Ole Berg spoke.",
            "The president Lena Holm closed it. The finance minister Ole Berg left.",
            "The new president Lena Holm thanked the team that beat Sweden. The club beat Norway.",
            "The team beat Sweden again, and the former finance minister Ole Berg cheered.",
        ], [:])
    }
}
