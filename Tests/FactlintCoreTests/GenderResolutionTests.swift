import FactlintCore
import Testing

/// How pronouns find their person across a corpus whose articles write names differently.
@Suite struct GenderResolutionTests {
    let rules = try! rule("""
    { kind: "genders", dictionary: "\(shippedRules.path)/words/english.txt" }
    """)

    /// Three articles that settle Astrid Holmvik as a woman and Sverre Dalby as a man.
    let majority = [
        "Astrid Holmvik opened the bridge. She cut the ribbon.",
        "Ms Holmvik spoke first. Sverre Dalby followed, and he thanked the engineers.",
        "Astrid Holmvik crossed on foot. She met Mr Dalby at the far end.",
    ]

    @Test func aMisspelledNameIsStillThePerson() {
        assertFindings(rules, majority + ["Astrid Holmvick crossed at dawn. 1️⃣He waved."], [
            "1️⃣": "'He' would refer to Astrid Holmvik, whom 3 other articles call a woman; expected 'She'",
        ])
    }

    @Test func aTitleWordSwallowedByTheNameIsDropped() {
        assertFindings(rules, majority + ["Harbour Commissioner Astrid Holmvik crossed. 1️⃣His speech was short."], [
            "1️⃣": "'His' would refer to Astrid Holmvik, whom 3 other articles call a woman; expected 'Her'",
        ])
    }

    @Test func hyphenAndAccentVariantsAreOnePerson() {
        let corpus = [
            "Per-Åke Lindgren opened the dam. He thanked the crews.",
            "Per Åke Lindgren spoke. He was brief.",
            "Per Åke Lindgren arrived by boat. He waved.",
        ]
        assertFindings(rules, corpus + ["Per-Ake Lindgren arrived. 1️⃣She spoke."], [
            "1️⃣": "'She' would refer to Per Åke Lindgren, whom 3 other articles call a man; expected 'He'",
        ])
    }

    @Test func theArticlesOwnOtherPronounsAddSupport() {
        // One other article settles nothing on its own; with the article's own "She" it does.
        assertFindings(rules, ["Astrid Holmvik opened the bridge. She cut the ribbon.",
                               "Astrid Holmvik spoke. 1️⃣His speech was short. Later, Astrid Holmvik left early. She was tired."], [
            "1️⃣": "'His' would refer to Astrid Holmvik, whom 1 other article calls a woman (as this article does elsewhere); expected 'Her'",
        ])
        // Its own pronouns never take support away: the same slip twice is still reported against two articles.
        assertFindings(rules, majority + ["Astrid Holmvik spoke. 1️⃣He paused. Astrid Holmvik went on. 2️⃣He sat."], [
            "1️⃣": "'He' would refer to Astrid Holmvik, whom 3 other articles call a woman; expected 'She'",
            "2️⃣": "'He' would refer to Astrid Holmvik, whom 3 other articles call a woman; expected 'She'",
        ])
    }

    @Test func aPlaceIsNoPersonInTheWindow() {
        assertFindings(rules, majority + ["Sverre Dalby has mapped South America for a decade. 1️⃣Her maps are used by pilots."], [
            "1️⃣": "'Her' would refer to Sverre Dalby, whom 2 other articles call a man; expected 'His' or 'him'",
        ])
    }

    @Test func aShipAfterItsPrefixIsNoPerson() {
        assertFindings(rules, majority + ["Sverre Dalby boarded the HMS Henry Lowther. 1️⃣She inspected the deck."], [
            "1️⃣": "'She' would refer to Sverre Dalby, whom 2 other articles call a man; expected 'He'",
        ])
    }

    /// Traps: a woman correctly "she" right after a man is named, a man correctly "he" right
    /// after a woman, and two people who share a surname.
    @Test func trapsPass() {
        assertFindings(rules, majority + [
            "Sverre Dalby greeted Astrid Holmvik, and she thanked him.",
            "Astrid Holmvik greeted Sverre Dalby, and he thanked her.",
            "Sverre Dalby spoke. Astrid Holmvik replied. She was brief.",
        ], [:])
        let sharedSurname = [
            "Ingrid Dalby, a harbour pilot, watched. She is no relation of Sverre Dalby.",
            "Ingrid Dalby steered the tug. She docked it.",
            "Ms Dalby and Sverre Dalby both spoke. He praised the pilots.",
        ]
        assertFindings(rules, majority + sharedSurname + ["Sverre Dalby spoke, then Ingrid Dalby. She smiled and he nodded."], [:])
    }

    @Test func aPostStandsForItsHolder() {
        assertFindings(rules, majority + ["Harbour Minister Astrid Holmvik toured the quay. Over lunch the minister said that 1️⃣he would return."], [
            "1️⃣": "'he' would refer to Astrid Holmvik, whom 3 other articles call a woman; expected 'she'",
        ])
        assertFindings(rules, majority + ["Prime Minister Astrid Holmvik arrived. At the dinner the premier told guests that 1️⃣he was proud."], [
            "1️⃣": "'he' would refer to Astrid Holmvik, whom 3 other articles call a woman; expected 'she'",
        ])
    }

    /// Trap: a post two people hold stands for neither alone.
    @Test func aSharedPostIsAmbiguous() {
        assertFindings(rules, majority + ["Minister Astrid Holmvik met Minister Sverre Dalby. Later the minister said that he would return."], [:])
    }

    @Test func anAmbiguousTitleVotesForNoOne() {
        // "Ms Dalby" where the article names two Dalbys says nothing about Sverre Dalby.
        let corpus = [
            "Sverre Dalby and Ingrid Dalby spoke. Ms Dalby left first.",
            "Sverre Dalby and Ingrid Dalby arrived. Ms Dalby waved.",
        ]
        assertFindings(rules, corpus + ["Sverre Dalby arrived. She waved."], [:])
    }
}
