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

    @Test func globsMatchTheirLiteralEndsAndWhatLiesBetween() {
        let cases: [(String, String, Bool)] = [
            ("ab*ba", "aba", false), ("ab*ba", "abba", true), ("ab*ba", "AB, BA", true), ("ab*ba", "abbax", false),
            ("*min read", "4 MIN READ", true), ("*min read", "4 min reader", false), ("Share on *", "share on the web", true),
            ("Share on *", "hare on the web", false), ("#", "12", true), ("#", "", false), ("a#b", "a12b", true),
            ("a#b", "ab", false), ("x*", "", false), ("*", "", true), ("", "", true), ("", "a", false),
            ("Photo: *", "Photo: a harbour at dusk", true), ("Photo: *", "Photos: a harbour", false),
            // A pattern opening with `*` is first scanned for its longest literal run.
            ("*? Sign up for *", "Enjoying the Courier? SIGN UP FOR our briefing.", true),
            ("*? Sign up for *", "Enjoying it? Sign up now.", false), ("*? Sign up for *", "? Sign up for ", true),
            ("*#? Sign up for *", "x1? Sign up for y", true), ("*a*", "ba", true), ("*ab*", "b", false),
        ]
        for (pattern, text, expected) in cases {
            #expect(Glob(pattern).matches(text) == expected, "\(pattern) on \(text)")
        }
    }

    @Test func aGlobSetMatchesALineWhenAnyOfItsGlobsDoes() {
        let patterns = ["Advertisement", "# min read", "*comments", "Share on *", "share", "", "Photo: *"]
        let set = GlobSet(patterns.map(Glob.init))
        let lines = ["ADVERTISEMENT", "4 min read", "12 Comments", "Share on the web", "SHARE", "", "photo: a quay",
                     "Shared costs", "Advert", "min read", "The share price fell"]
        for line in lines {
            let bytes = Array(line.utf8)
            #expect(set.matchesAny(bytes, 0..<bytes.count) == patterns.contains { Glob($0).matches(line) }, "\(line)")
        }
    }
}
