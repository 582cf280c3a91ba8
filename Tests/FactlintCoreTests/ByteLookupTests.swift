@testable import FactlintCore
import Testing

/// Word lookups on a token's bytes (issue #18) give exactly what the String path gives:
/// lowercase the token's text, then look it up.
@Suite struct ByteLookupTests {
    static let words: Set<String> = ["the", "king", "ms", "protégé", "lieutenant"]

    @Test func foldedSetAgreesWithLowercasingEveryToken() {
        let text = "THE King met Ms. Osei, The PROTÉGÉ of the \u{212A}ing, and Lieutenant Vaz; the KiNg's aide."
        let d = Document(path: "t", contents: text, lexicon: Lexicon())
        let set = FoldedWordSet(Self.words)
        for i in d.tokens.indices {
            #expect(set.contains(d, token: i) == Self.words.contains(d.string(token: i).lowercased()), "\(d.string(token: i))")
        }
    }

    @Test func foldedSetFindsCaseVariantsAndUnicodeLowercasing() {
        let d = Document(path: "t", contents: "THE Ms PROTÉGÉ \u{212A}ING Kingdom", lexicon: Lexicon())
        let set = FoldedWordSet(Self.words)
        #expect(d.tokens.indices.map { set.contains(d, token: $0) } == [true, true, true, true, false])
    }

    @Test func interningAWordAgainFindsItsIdWhateverItsCaseOrApostrophe() {
        var lexicon = Lexicon()
        let harbour = lexicon.intern("Harbour")
        #expect(lexicon.intern("HARBOUR") == harbour && lexicon.intern("harbour") == harbour)
        let curly = lexicon.intern("\u{2019}")
        #expect(lexicon.intern("'") == curly && lexicon.text(curly) == "'")
        var other = Lexicon()
        let straight = other.intern("'")
        #expect(other.intern("\u{2019}") == straight && other.count == 1)
        let protege = lexicon.intern("Protégé")
        #expect(lexicon.intern("PROTéGé") == protege && lexicon.intern("PROTÉGÉ") != protege) // ASCII case only
        #expect(lexicon.count == 4 && lexicon.text(protege) == "protégé")
    }

    @Test func emptyFoldedSetContainsNothing() {
        let d = Document(path: "t", contents: "the king", lexicon: Lexicon())
        #expect(!d.tokens.indices.contains { FoldedWordSet([]).contains(d, token: $0) })
    }

    @Test func asciiStemIsTheCharacterStem() {
        let words = ["investments", "investment", "companies", "boxes", "taxes", "churches", "wishes", "shares",
                     "takes", "dates", "running", "voted", "ships", "class", "gas", "ies", "s", "", "pies",
                     "agreements", "abcdes", "quizzes", "passes"]
        for w in words { #expect(FigureContext.stem(w) == FigureContext.stemByCharacters(w), "\(w)") }
        #expect(FigureContext.stem("companies") == "company")
        #expect(FigureContext.stem("churches") == "church")
        #expect(FigureContext.stem("shares") == "share")
        #expect(FigureContext.stem("négociations") == "négociation")
    }
}

extension ByteLookupTests {
    @Test func asciiEventStemIsTheCharacterStem() {
        let words = ["repairs", "repaired", "repairing", "fined", "fines", "struck", "agency's", "companies", "dies",
                     "guess", "houses", "ties", "sees", "e", "es", "'s", "ring", "closed", "rates", "glass", "", "bus"]
        for w in words { #expect(EventKeyReader.stem(w) == EventKeyReader.stemByCharacters(w), "\(w)") }
        #expect(EventKeyReader.stem("agency's") == "agency")
        #expect(EventKeyReader.stem("agency’s") == "agency")
    }
}
