@testable import FactlintCore
import Testing

@Suite struct SourceTextTests {
    @Test func columnsCountUnicodeScalars() {
        let text = SourceText("日本 Tokyo\nné x")
        #expect(text.lineColumn(of: 7).line == 1)
        #expect(text.lineColumn(of: 7).column == 4) // after "日本 " (3 scalars, 7 bytes)
        let x = Array("日本 Tokyo\nné x".utf8).lastIndex(of: UInt8(ascii: "x"))!
        #expect(text.lineColumn(of: x) == (2, 4))
    }

    @Test func columnsAgreeWithANaiveCountAcrossCheckpoints() {
        // Mixed 1-, 2-, 3- and 4-byte scalars, long lines and stray bytes, so offsets land
        // inside, at and across the checkpoint strides and the eight-byte counting words.
        var generator = FixPropertyTests.Generator(state: 7)
        let pieces: [[UInt8]] = [Array("a".utf8), Array("word ".utf8), Array("é".utf8), Array("—".utf8),
                                 Array("😀".utf8), Array("\n".utf8), [0x80], [0xE2, 0x80]]
        for _ in 0..<40 {
            var bytes: [UInt8] = []
            while bytes.count < 700 { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let text = SourceText(bytes: bytes)
            var line = 1, column = 1, i = 0
            while i <= bytes.count {
                let got = text.lineColumn(of: i)
                #expect(got.line == line && got.column == column, "offset \(i)")
                if got.line != line || got.column != column { return }
                guard i < bytes.count else { break }
                if bytes[i] == 0x0A { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
        }
    }

    @Test func bothEndsOfARangeAreWhereEachEndAloneIs() {
        // One line search serves both ends of a one-line range; a range over a line break, an
        // empty one, and offsets before the start or past the end give what each end alone gives.
        for source in ["\u{FEFF}日本 Tokyo\r\nné x — y\rz\n\n😀 end", "one line only", ""] {
            let text = SourceText(source)
            let n = text.bytes.count
            for lower in -1...(n + 1) {
                for upper in (lower - 2)...(n + 2) {
                    let both = text.lineColumns(of: lower..<max(lower, upper))
                    let start = text.lineColumn(of: lower), end = text.lineColumn(of: max(lower, upper))
                    #expect(both.start == start && both.end == end, "\(lower)..<\(upper) in \(source.debugDescription)")
                }
            }
        }
    }

    @Test func lineTextFromBareBytesAgreesWithTheIndex() {
        var generator = FixPropertyTests.Generator(state: 11)
        let pieces: [[UInt8]] = [Array(" a ".utf8), Array("word".utf8), Array("é".utf8), Array("\n".utf8),
                                 Array("\r\n".utf8), Array("\r".utf8), Array("\t ".utf8)]
        for round in 0..<30 {
            var bytes: [UInt8] = round % 3 == 0 ? [0xEF, 0xBB, 0xBF] : []
            while bytes.count < 200 { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let text = SourceText(bytes: bytes)
            for offset in 0...bytes.count {
                #expect(SourceText.lineText(in: bytes, at: offset) == text.lineText(at: offset), "offset \(offset) of \(bytes)")
            }
        }
    }

    @Test func crlfAndLoneCRAreLineBreaks() {
        let text = SourceText("a\r\nb\rc\nd")
        #expect(text.lineCount == 4)
        #expect(text.lineColumn(of: 3) == (2, 1))
        #expect(text.lineColumn(of: 5) == (3, 1))
        #expect(text.string(text.lineRange(1)) == "a")
    }

    @Test func byteOrderMarkIsNotAColumn() {
        let text = SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("Abe".utf8))
        #expect(text.contentStart == 3)
        #expect(text.lineColumn(of: 3) == (1, 1))
    }

    @Test func classifiesEncodings() {
        #expect(SourceText("plain").encoding == .utf8)
        #expect(SourceText(bytes: [0x41, 0xFF, 0x42]).encoding == .invalidUTF8(firstOffset: 1, count: 1))
        #expect(SourceText(bytes: [0xED, 0xA0, 0x80]).encoding == .invalidUTF8(firstOffset: 0, count: 3)) // surrogate
        #expect(SourceText(bytes: [0x41, 0x00]).encoding == .binary(nulOffset: 1))
        #expect(SourceText(bytes: [0xFF, 0xFE, 0x41, 0x00]).encoding == .utf16)
    }
}

@Suite struct TokenizerTests {
    func words(_ s: String) -> [String] {
        let text = SourceText(s)
        return Tokenizer.tokenize(text, lexicon: Lexicon()).map { text.string($0.range) }
    }

    @Test func splitsWordsNumbersAndMarks() {
        #expect(words("Takaichi’s $550bn F-35, 6,000 troops.") ==
                ["Takaichi", "’", "s", "$", "550", "bn", "F", "-", "35", ",", "6,000", "troops", "."])
        #expect(words("1.37 million in 2024.") == ["1.37", "million", "in", "2024", "."])
        #expect(words("protégé naïve") == ["protégé", "naïve"])
    }

    @Test func recordsSpacingAndCase() {
        let text = SourceText("TOKYO, Oct\n\nUS-Japan")
        let tokens = Tokenizer.tokenize(text, lexicon: Lexicon())
        #expect(tokens[0].has(.allCaps) && tokens[0].has(.capitalized))
        #expect(tokens[1].isJoined)
        #expect(tokens[2].has(.spaceBefore) && !tokens[2].has(.allCaps))
        #expect(tokens[3].has(.paragraphBefore))
        #expect(tokens[4].isJoined && tokens[5].isJoined)
    }

    @Test func looksWordsUpInTheLexicon() {
        var lexicon = Lexicon()
        let id = lexicon.intern("Japan")
        let apostrophe = lexicon.intern("'")
        let text = SourceText("JAPAN’s japan")
        let tokens = Tokenizer.tokenize(text, lexicon: lexicon)
        #expect(tokens.map(\.word) == [id, apostrophe, Lexicon.unknown, id])
    }

    @Test func unicodeSpacesSeparateAndInvalidBytesAreMarks() {
        let text = SourceText(bytes: Array("a\u{00A0}b\u{2009}c".utf8) + [0xFF] + Array("d".utf8))
        let tokens = Tokenizer.tokenize(text, lexicon: Lexicon())
        #expect(tokens.count == 5)
        #expect(tokens[3].kind == .punct && tokens[3].length == 1)
    }
}

@Suite struct SegmenterTests {
    func sentences(_ s: String) -> [String] {
        let document = Document(path: "t", contents: s, lexicon: Lexicon())
        return document.sentences.map { document.string(tokens: $0.tokens) }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        #expect(sentences("Mr. Trump met Ms. Takaichi in Oct. 2025. They talked.") ==
                ["Mr. Trump met Ms. Takaichi in Oct. 2025.", "They talked."])
        #expect(sentences("The U.S. Navy sailed. It was No. 3 in the world.") ==
                ["The U.S. Navy sailed.", "It was No. 3 in the world."])
    }

    @Test func quotesAndQuestionMarks() {
        #expect(sentences("“Is it a deal?” he asked. “Yes!” She smiled.") ==
                ["“Is it a deal?” he asked.", "“Yes!”", "She smiled."])
    }

    @Test func headlinesAndParagraphs() {
        let document = Document(path: "t", contents: "New era in ties\nTakaichi met Trump on Tuesday.\n\nHe left.", lexicon: Lexicon())
        #expect(document.sentences.map { document.string(tokens: $0.tokens) } ==
                ["New era in ties", "Takaichi met Trump on Tuesday.", "He left."])
        #expect(document.sentences.map(\.paragraph) == [0, 0, 1])
    }

    @Test func wrappedLinesContinueTheSentence() {
        #expect(sentences("The president met with\nPrime Minister Takaichi today.") ==
                ["The president met with\nPrime Minister Takaichi today."])
    }

    @Test func crlfText() {
        #expect(sentences("One.\r\nTwo.\r\n") == ["One.", "Two."])
    }
}
