/// Splits a source text into tokens in one pass over its bytes.
///
/// Contract: tokens are in text order, never overlap, and cover every byte that is not
/// whitespace. Words are maximal runs of letters, marks and digits that start with a
/// letter; apostrophes and hyphens are tokens of their own, so "Takaichi’s" is
/// `Takaichi` `’` `s` with the last two joined. Numbers keep inner separators
/// followed by a digit ("6,000", "1.37"). Each token carries its lexicon id.
public enum Tokenizer {
    public static func tokenize(_ text: SourceText, lexicon: Lexicon) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.bytes.count / 5)
        text.bytes.withUnsafeBufferPointer { p in
            var scanner = Scanner(p: p, lexicon: lexicon, i: text.contentStart)
            scanner.run(into: &tokens)
        }
        return tokens
    }

    private struct Scanner {
        let p: UnsafeBufferPointer<UInt8>
        let lexicon: Lexicon
        /// Read once: a static table is behind a lazy-initialisation check on every access.
        let ascii = CharacterClass.ascii
        var i: Int
        var spaceBefore = true
        var newlines = 2

        /// Class and byte length of the scalar at `at` (an invalid byte is `.other`, length 1).
        @inline(__always)
        func classify(_ at: Int) -> (CharacterClass, Int, Unicode.Scalar?) {
            let b = p[at]
            if b < 0x80 { return (ascii[Int(b)], 1, nil) }
            let length = CharacterClass.sequenceLength(p, at: at)
            if length == 0 { return (.other, 1, nil) }
            let scalar = CharacterClass.decode(p, at: at, length: length)
            return (CharacterClass.of(scalar), length, scalar)
        }

        mutating func run(into tokens: inout [Token]) {
            let n = p.count
            while i < n {
                let (cls, length, scalar) = classify(i)
                switch cls {
                case .space:
                    spaceBefore = true
                    i += length
                case .newline:
                    spaceBefore = true
                    newlines += 1
                    i += (p[i] == 0x0D && i + 1 < n && p[i + 1] == 0x0A) ? 2 : length
                case .letter:
                    tokens.append(scanWord(first: scalar))
                case .digit:
                    tokens.append(scanNumber())
                case .other:
                    tokens.append(make(i, i + length, .punct, []))
                    i += length
                }
            }
        }

        mutating func scanWord(first: Unicode.Scalar?) -> Token {
            let start = i
            var flags: Token.Flags = []
            var upper = 0, lower = 0
            var isFirst = true
            // The lexicon hash, computed on the way (one pass over the word, not two).
            var h = Lexicon.hashSeed
            while i < p.count {
                let b = p[i]
                if b < 0x80 {
                    let cls = ascii[Int(b)]
                    guard cls == .letter || cls == .digit else { break }
                    if b >= 0x41 && b <= 0x5A {
                        upper += 1
                        if isFirst { flags.insert(.capitalized) }
                        h = Lexicon.hashStep(h, b | 0x20)
                    } else {
                        if b >= 0x61 { lower += 1 }
                        h = Lexicon.hashStep(h, b)
                    }
                    i += 1
                } else {
                    let (cls, length, scalar) = classify(i)
                    guard cls == .letter || cls == .digit else { break }
                    flags.insert(.nonASCII)
                    for k in i..<(i + length) { h = Lexicon.hashStep(h, p[k]) }
                    if let s = scalar {
                        if s.properties.isUppercase {
                            upper += 1
                            if isFirst { flags.insert(.capitalized) }
                        } else if s.properties.isLowercase { lower += 1 }
                    }
                    i += length
                }
                isFirst = false
            }
            if upper > 0 && lower == 0 { flags.insert(.allCaps) }
            return make(start, i, .word, flags, hash: Lexicon.hashFinish(h))
        }

        mutating func scanNumber() -> Token {
            let start = i
            while i < p.count {
                let b = p[i]
                if b >= 0x30 && b <= 0x39 { i += 1; continue }
                if (b == 0x2C || b == 0x2E), i + 1 < p.count, p[i + 1] >= 0x30, p[i + 1] <= 0x39, i > start {
                    i += 1
                    continue
                }
                if b >= 0x80, classify(i).0 == .digit { i += classify(i).1; continue }
                break
            }
            return make(start, i, .number, [])
        }

        @inline(__always)
        mutating func make(_ start: Int, _ end: Int, _ kind: Token.Kind, _ extra: Token.Flags, hash: UInt32? = nil) -> Token {
            var flags = extra
            if spaceBefore { flags.insert(.spaceBefore) }
            if newlines >= 1 { flags.insert(.lineBefore) }
            if newlines >= 2 { flags.insert(.paragraphBefore) }
            spaceBefore = false
            newlines = 0
            let id = lexicon.lookup(p, start, end, hash: hash ?? Lexicon.hash(p, start, end))
            return Token(start: Int32(start), end: Int32(end), word: id, kind: kind, flags: flags)
        }
    }
}
