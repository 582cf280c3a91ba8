@testable import FactlintCore
import Testing

@Suite struct SpellingFoldTests {
    @Test func britishAndAmericanSpellingsMeet() {
        for (british, american) in [("behaviour", "behavior"), ("harbours", "harbors"), ("centre", "center"),
                                    ("metres", "meters"), ("organised", "organized"), ("organisation", "organization"),
                                    ("catalogue", "catalog"), ("defence", "defense")] {
            #expect(SpellingFold.fold(british) == SpellingFold.fold(american), "\(british) / \(american)")
        }
    }

    /// Clean text: short words and words with no such ending are left alone.
    @Test func otherWordsAreUnchanged() {
        for word in ["four", "hour", "tour", "vessel", "carrier", "module", "specialist", "frigate"] {
            #expect(SpellingFold.fold(word) == word)
        }
    }

    /// Trap: one article writes "behavior", the others "behaviour": one post, not two.
    @Test func aSpellingVariantOfATypeIsNoContradiction() throws {
        let types = try rule("{ kind: 'types' }")
        assertFindings(types, [
            "The fire behaviour specialist Ada Vosk spoke first.",
            "Ada Vosk, a fire behaviour specialist, briefed crews.",
            "The fire behaviour specialist Ada Vosk said the wind turned.",
            "The behavior specialist Ada Vosk warned of embers.",
        ], [:])
    }
}
