@testable import FactlintCLI
import Foundation
import Testing

@Suite struct MessageFramingTests {
    let first = Data(#"{"jsonrpc":"2.0","id":1,"method":"initialize"}"#.utf8)
    let second = Data(#"{"jsonrpc":"2.0","method":"exit","params":{"text":"日本🎉"}}"#.utf8)

    @Test func bodiesComeBackWhateverTheChunking() throws {
        let stream = MessageFraming.frame(first) + MessageFraming.frame(second)
        var whole = MessageReader()
        whole.append(stream)
        #expect(try whole.next() == first)
        #expect(try whole.next() == second)
        #expect(try whole.next() == nil)
        var bytewise = MessageReader()
        var bodies: [Data] = []
        for byte in stream {
            bytewise.append([byte])
            while let body = try bytewise.next() { bodies.append(body) }
        }
        #expect(bodies == [first, second])
    }

    @Test func contentLengthCountsBytesNotCharacters() {
        let framed = String(decoding: MessageFraming.frame(second), as: UTF8.self)
        #expect(framed.hasPrefix("Content-Length: \(second.count)\r\n\r\n"))
        #expect(second.count > String(decoding: second, as: UTF8.self).count)
    }

    @Test func otherHeadersAreIgnoredAndCaseDoesNotMatter() throws {
        var reader = MessageReader()
        reader.append(Data("content-length: \(first.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n".utf8) + first)
        #expect(try reader.next() == first)
    }

    @Test func malformedHeadersAreErrorsNotHangs() {
        for header in ["Content-Type: x\r\n\r\n{}", "Content-Length: ten\r\n\r\n{}", "garbage\r\n\r\n{}", "Content-Length: -1\r\n\r\n"] {
            var reader = MessageReader()
            reader.append(Data(header.utf8))
            #expect(throws: FramingError.self) { _ = try reader.next() }
        }
        var huge = MessageReader()
        huge.append(Data("Content-Length: 999999999999\r\n\r\n".utf8))
        #expect(throws: FramingError.self) { _ = try huge.next() }
    }

    @Test func aPartialBodyWaitsForTheRest() throws {
        var reader = MessageReader()
        let framed = MessageFraming.frame(first)
        reader.append(framed.prefix(framed.count - 1))
        #expect(try reader.next() == nil)
        reader.append(framed.suffix(1))
        #expect(try reader.next() == first)
    }

    @Test func jsonValuesRoundTripWithSortedKeys() throws {
        let value: JSONValue = ["b": [1, 2.5, "x", true, nil], "a": ["nested": "日本🎉"]]
        let data = value.encoded()
        #expect(String(decoding: data, as: UTF8.self) == #"{"a":{"nested":"日本🎉"},"b":[1,2.5,"x",true,null]}"#)
        #expect(try JSONValue.decode(data) == value)
    }
}

@Suite struct UTF16PositionTests {
    // "a🎉b日c": a(1 byte, 1 unit) 🎉(4 bytes, 2 units) b 日(3 bytes, 1 unit) c
    let positions = UTF16Positions(bytes: Array("a🎉b日c\nsecond 🎉 line\r\nthird".utf8))

    @Test func emojiAreTwoUnitsAndCJKOne() {
        #expect(positions.position(ofByte: 0) == LSPPosition(line: 0, character: 0))
        #expect(positions.position(ofByte: 1) == LSPPosition(line: 0, character: 1))  // before 🎉
        #expect(positions.position(ofByte: 5) == LSPPosition(line: 0, character: 3))  // after 🎉
        #expect(positions.position(ofByte: 6) == LSPPosition(line: 0, character: 4))  // before 日
        #expect(positions.position(ofByte: 9) == LSPPosition(line: 0, character: 5))  // after 日
        #expect(positions.position(ofByte: 10) == LSPPosition(line: 0, character: 6)) // end of line
    }

    @Test func linesEndAtLFAndCRLF() {
        let second = Array("a🎉b日c\n".utf8).count
        #expect(positions.position(ofByte: second) == LSPPosition(line: 1, character: 0))
        #expect(positions.position(ofByte: second + 11) == LSPPosition(line: 1, character: 9)) // after "second 🎉": 7 + 2 units
        let third = Array("a🎉b日c\nsecond 🎉 line\r\n".utf8).count
        #expect(positions.position(ofByte: third) == LSPPosition(line: 2, character: 0))
        #expect(positions.byteOffset(of: LSPPosition(line: 2, character: 0)) == third)
    }

    @Test func everyScalarBoundaryRoundTrips() {
        let text = "Tōkyō 東京 🇯🇵 flag, e\u{301} and 👩‍👩‍👧 family\nnext 😀 line"
        let p = UTF16Positions(bytes: Array(text.utf8))
        var offset = 0
        for scalar in text.unicodeScalars {
            #expect(p.byteOffset(of: p.position(ofByte: offset)) == offset)
            offset += String(scalar).utf8.count
        }
        // The UTF-16 character of each boundary agrees with Swift's own UTF-16 view.
        let line0 = String(text.split(separator: "\n")[0])
        #expect(p.position(ofByte: line0.utf8.count).character == line0.utf16.count)
    }

    @Test func positionsOutsideTheTextAreClamped() {
        #expect(positions.byteOffset(of: LSPPosition(line: 0, character: 2)) == 1) // inside 🎉's surrogate pair: its start
        #expect(positions.byteOffset(of: LSPPosition(line: 0, character: 99)) == 10) // past the line's end: the end
        #expect(positions.byteOffset(of: LSPPosition(line: 99, character: 0)) == positions.text.bytes.count)
        #expect(positions.byteOffset(of: LSPPosition(line: -1, character: 0)) == 0)
    }

    @Test func scalarColumnsAsFactlintPrintsThemBecomeUTF16() {
        // column 3 (1-based, scalars) is "b": after "a" and 🎉, 3 units in.
        #expect(positions.character(line: 1, scalarColumn: 3) == 3)
        #expect(positions.character(line: 1, scalarColumn: 5) == 5) // "c", after 日
        #expect(positions.character(line: 2, scalarColumn: 8) == 7) // "🎉", after "second "
        #expect(positions.character(line: 2, scalarColumn: 9) == 9) // the space after it
    }

    @Test func aByteOrderMarkIsNotPartOfTheFirstLine() {
        let p = UTF16Positions(bytes: [0xEF, 0xBB, 0xBF] + Array("日a".utf8))
        #expect(p.position(ofByte: 3) == LSPPosition(line: 0, character: 0))
        #expect(p.position(ofByte: 6) == LSPPosition(line: 0, character: 1))
        #expect(p.byteOffset(of: LSPPosition(line: 0, character: 0)) == 3)
    }

    @Test func invalidBytesCountOneUnitEach() {
        let p = UTF16Positions(bytes: [0x61, 0xFF, 0xE6, 0x62])  // a, bad byte, truncated lead, b
        #expect(p.position(ofByte: 4) == LSPPosition(line: 0, character: 4))
    }
}

@Suite struct IncrementalEditTests {
    func document(_ text: String) -> OpenDocument { OpenDocument(uri: "file:///a.txt", version: 1, bytes: Array(text.utf8)) }
    func edit(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int, _ text: String) -> JSONValue {
        ["range": ["start": ["line": .int(l1), "character": .int(c1)], "end": ["line": .int(l2), "character": .int(c2)]], "text": .string(text)]
    }
    func text(_ d: OpenDocument) -> String { String(decoding: d.bytes, as: UTF8.self) }

    @Test func aRangeEditAfterAnEmojiLandsOnTheRightBytes() throws {
        // 🎉 is 2 units, " 日本 at " 7 more: "Yokosuk" spans units 9..<16.
        var d = document("🎉 日本 at Yokosuk.\n")
        try d.apply(edit(0, 9, 0, 16, "Yokosuka"))
        #expect(text(d) == "🎉 日本 at Yokosuka.\n")
    }

    @Test func editsInOneChangeApplyInOrder() throws {
        var d = document("one\ntwo\nthree\n")
        try d.apply(edit(1, 0, 1, 3, "TWO"))
        try d.apply(edit(0, 3, 2, 0, " "))       // join across lines
        try d.apply(edit(0, 0, 0, 0, "日本 "))    // insert at the start
        #expect(text(d) == "日本 one three\n")
    }

    @Test func aChangeWithoutARangeReplacesTheText() throws {
        var d = document("old")
        try d.apply(["text": "new 🎉"])
        #expect(text(d) == "new 🎉")
    }

    @Test func insertingAtTheEndAndPastItAppends() throws {
        var d = document("ab\n")
        try d.apply(edit(1, 0, 1, 0, "c"))
        try d.apply(edit(5, 0, 5, 0, "d"))
        #expect(text(d) == "ab\ncd")
    }

    @Test func aMalformedChangeIsAnError() {
        var d = document("ab")
        #expect(throws: LSPError.self) { try d.apply(["range": nil]) }
        #expect(throws: LSPError.self) { try d.apply(edit(0, 2, 0, 1, "x")) }
    }
}

@Suite struct DocumentURITests {
    @Test func fileURIsAndPathsRoundTripWithSpacesAndNonASCII() {
        let path = "/tmp/news desk/日本 report #1.txt"
        let uri = DocumentURI.uri(path)
        #expect(uri.hasPrefix("file:///tmp/news%20desk/"))
        #expect(DocumentURI.path(uri) == path)
        #expect(DocumentURI.path("file:///tmp/a/../b.txt") == "/tmp/b.txt")
    }

    @Test func otherSchemesAreKeptAsTheyAre() {
        #expect(DocumentURI.path("untitled:Untitled-1") == "untitled:Untitled-1")
        #expect(DocumentURI.uri("untitled:Untitled-1") == "untitled:Untitled-1")
    }
}

@Suite struct IncrementalEditPropertyTests {
    /// A small deterministic generator (SplitMix64), so a failure replays.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The reference: a UTF-16 offset as (line, character), lines split at \n, \r\n and \r.
    func position(_ units: [UInt16], _ offset: Int) -> (Int, Int) {
        var line = 0, start = 0, i = 0
        while i < offset {
            if units[i] == 0x0A || (units[i] == 0x0D && (i + 1 >= units.count || units[i + 1] != 0x0A)) { line += 1; start = i + 1 }
            i += 1
        }
        return (line, offset - start)
    }

    /// Offsets a client could put a cursor on: not inside a surrogate pair or a \r\n.
    func boundaries(_ units: [UInt16]) -> [Int] {
        (0...units.count).filter { i in
            i == 0 || i == units.count || !((0xDC00...0xDFFF).contains(units[i]) || (units[i - 1] == 0x0D && units[i] == 0x0A))
        }
    }

    @Test func randomEditsMatchAReferenceOnUTF16Text() throws {
        var random = Seeded(state: 17)
        let pieces = ["a", "Yokosuk", " ", "🎉", "日本", "é", "\n", "\r\n", "\r", "👩‍👩‍👧", "x"]
        var text = "🎉 日本 The carrier docked at Yokosuk.\r\nSecond line, café.\n"
        var document = OpenDocument(uri: "file:///a.txt", version: 1, bytes: Array(text.utf8))
        for _ in 0..<500 {
            let units = Array(text.utf16)
            let cuts = boundaries(units)
            var a = cuts.randomElement(using: &random)!, b = cuts.randomElement(using: &random)!
            if a > b { swap(&a, &b) }
            let insert = (0..<Int.random(in: 0...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let (l1, c1) = position(units, a), (l2, c2) = position(units, b)
            try document.apply(["range": ["start": ["line": .int(l1), "character": .int(c1)], "end": ["line": .int(l2), "character": .int(c2)]],
                                "text": .string(insert)])
            text = String(decoding: Array(units[..<a]), as: UTF16.self) + insert + String(decoding: Array(units[b...]), as: UTF16.self)
            #expect(String(decoding: document.bytes, as: UTF8.self) == text)
            if String(decoding: document.bytes, as: UTF8.self) != text { break }
        }
    }
}
