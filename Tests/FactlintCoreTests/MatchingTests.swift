@testable import FactlintCore
import Testing

@Suite struct MatchingTests {
    @Test func editDistanceCountsSwapsAsOne() {
        #expect(EditDistance.distance("Takaichi", "Takiachi", limit: 2) == 1)
        #expect(EditDistance.distance("Yokosuk", "Yokosuka", limit: 2) == 1)
        #expect(EditDistance.distance("Trump", "Obama", limit: 2) == nil)
        #expect(EditDistance.distance("", "ab", limit: 2) == 2)
    }

    @Test func phraseMatcherFindsLongestAcrossLineBreaks() {
        var lexicon = Lexicon()
        var matcher = PhraseMatcher()
        matcher.add("Shinzo Abe", payload: 0, lexicon: &lexicon)
        matcher.add("Shinzo", payload: 1, lexicon: &lexicon)
        let document = Document(path: "t", contents: "Former leader Shinzo\nAbe, and Shinzo\n\nAbe.", lexicon: lexicon)
        let matches = matcher.matches(document.tokens)
        #expect(matches.map { document.string(tokens: $0.tokens) } == ["Shinzo\nAbe", "Shinzo"])
        #expect(matches.map(\.payloads) == [[0], [1]])
    }

    @Test func wordListBinarySearch() {
        let list = WordList(bytes: Array("able\ngolf\ngulf\ntramp\nzebra\n".utf8))
        for word in ["able", "Golf", "tramp", "zebra"] { #expect(list.contains(word), "\(word)") }
        for word in ["abl", "gol", "zzz", "Yokosuk", ""] { #expect(!list.contains(word), "\(word)") }
    }

    @Test func globsAreLinear() {
        #expect(Glob("# min").matches("2 min"))
        #expect(Glob("# min read").matches("12 MIN READ"))
        #expect(!Glob("# min").matches("a min"))
        #expect(Glob("Copyright * LLC").matches("Copyright © 2025 The Times, LLC"))
        let hostile = String(repeating: "a", count: 5000)
        #expect(!Glob(String(repeating: "*a", count: 30) + "b").matches(hostile))
    }
}
