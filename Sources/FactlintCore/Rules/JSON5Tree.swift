/// A rule file parsed by hand: the plain JSON5 that rule files are written in (objects,
/// arrays, quoted strings with the JSON escapes, unquoted ASCII keys, decimal numbers,
/// comments, trailing commas). Anything else — hexadecimal or signed-plus numbers,
/// Infinity, JSON5's extra escapes, non-ASCII whitespace, a duplicate key — is not read
/// here: `parse` returns nil and the loader takes Foundation's JSONDecoder, which reads
/// all of JSON5 and says where a file is wrong. So this path only ever makes loading
/// faster (JSONDecoder costs ~20 M instructions at start-up), never changes a value.
indirect enum JSON5Tree {
    case null
    case bool(Bool)
    /// The literal as written, and whether it is a plain integer (no fraction or exponent).
    case number(String, isInteger: Bool)
    case string(String)
    case array([JSON5Tree])
    /// Keys in file order.
    case object(keys: [String], values: [JSON5Tree])

    static func parse(_ bytes: [UInt8]) -> JSON5Tree? {
        var parser = Parser(bytes: bytes)
        guard let value = parser.value(depth: 0) else { return nil }
        guard parser.skipSpace(), parser.at == bytes.count else { return nil }
        return value
    }

    private struct Parser {
        let bytes: [UInt8]
        var at = 0

        /// Skips whitespace and comments; false on an unclosed comment or non-ASCII space.
        mutating func skipSpace() -> Bool {
            while at < bytes.count {
                switch bytes[at] {
                case 0x20, 0x09, 0x0A, 0x0D: at += 1
                case UInt8(ascii: "/") where at + 1 < bytes.count && bytes[at + 1] == UInt8(ascii: "/"):
                    while at < bytes.count && bytes[at] != 0x0A { at += 1 }
                case UInt8(ascii: "/") where at + 1 < bytes.count && bytes[at + 1] == UInt8(ascii: "*"):
                    at += 2
                    while at + 1 < bytes.count && !(bytes[at] == UInt8(ascii: "*") && bytes[at + 1] == UInt8(ascii: "/")) { at += 1 }
                    guard at + 1 < bytes.count else { return false }
                    at += 2
                default: return true
                }
            }
            return true
        }

        mutating func value(depth: Int) -> JSON5Tree? {
            guard depth < 64, skipSpace(), at < bytes.count else { return nil }
            switch bytes[at] {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""), UInt8(ascii: "'"): return string().map(JSON5Tree.string)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
            default:
                for (word, tree) in [("true", JSON5Tree.bool(true)), ("false", .bool(false)), ("null", .null)] where literal(word) {
                    return tree
                }
                return nil
            }
        }

        mutating func literal(_ word: String) -> Bool {
            let w = Array(word.utf8)
            guard at + w.count <= bytes.count, Array(bytes[at..<at + w.count]) == w else { return false }
            if at + w.count < bytes.count, Parser.isIdentifierByte(bytes[at + w.count]) { return false }
            at += w.count
            return true
        }

        mutating func object(depth: Int) -> JSON5Tree? {
            at += 1
            var keys: [String] = [], values: [JSON5Tree] = [], seen = Set<String>()
            while true {
                guard skipSpace(), at < bytes.count else { return nil }
                if bytes[at] == UInt8(ascii: "}") { at += 1; return .object(keys: keys, values: values) }
                guard let key = bytes[at] == UInt8(ascii: "\"") || bytes[at] == UInt8(ascii: "'") ? string() : identifier(),
                      seen.insert(key).inserted, skipSpace(), at < bytes.count, bytes[at] == UInt8(ascii: ":") else { return nil }
                at += 1
                guard let value = value(depth: depth + 1), skipSpace(), at < bytes.count else { return nil }
                keys.append(key)
                values.append(value)
                if bytes[at] == UInt8(ascii: ",") { at += 1 } else if bytes[at] != UInt8(ascii: "}") { return nil }
            }
        }

        mutating func array(depth: Int) -> JSON5Tree? {
            at += 1
            var items: [JSON5Tree] = []
            while true {
                guard skipSpace(), at < bytes.count else { return nil }
                if bytes[at] == UInt8(ascii: "]") { at += 1; return .array(items) }
                guard let item = value(depth: depth + 1), skipSpace(), at < bytes.count else { return nil }
                items.append(item)
                if bytes[at] == UInt8(ascii: ",") { at += 1 } else if bytes[at] != UInt8(ascii: "]") { return nil }
            }
        }

        static func isIdentifierByte(_ b: UInt8) -> Bool {
            (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
                || b == UInt8(ascii: "_") || b == UInt8(ascii: "$")
        }

        /// An unquoted key: ASCII letters, digits, `_` and `$`, not starting with a digit.
        mutating func identifier() -> String? {
            let start = at
            while at < bytes.count, Parser.isIdentifierByte(bytes[at]) { at += 1 }
            guard at > start, !(bytes[start] >= UInt8(ascii: "0") && bytes[start] <= UInt8(ascii: "9")) else { return nil }
            return String(decoding: bytes[start..<at], as: UTF8.self)
        }

        /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
        mutating func number() -> JSON5Tree? {
            let start = at
            if bytes[at] == UInt8(ascii: "-") { at += 1 }
            let digitsStart = at
            skipDigits()
            guard at > digitsStart, bytes[digitsStart] != UInt8(ascii: "0") || at - digitsStart == 1 else { return nil }
            var isInteger = true
            if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
                at += 1
                let fraction = at
                skipDigits()
                guard at > fraction else { return nil }
                isInteger = false
            }
            if at < bytes.count, bytes[at] | 0x20 == UInt8(ascii: "e") {
                at += 1
                if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
                let exponent = at
                skipDigits()
                guard at > exponent else { return nil }
                isInteger = false
            }
            if at < bytes.count, Parser.isIdentifierByte(bytes[at]) || bytes[at] == UInt8(ascii: ".") { return nil }
            return .number(String(decoding: bytes[start..<at], as: UTF8.self), isInteger: isInteger)
        }

        mutating func skipDigits() {
            while at < bytes.count, bytes[at] >= UInt8(ascii: "0") && bytes[at] <= UInt8(ascii: "9") { at += 1 }
        }

        /// A quoted string with JSON's escapes; nil on any other escape or a raw control byte.
        mutating func string() -> String? {
            let quote = bytes[at]
            at += 1
            let start = at
            while at < bytes.count, bytes[at] != quote, bytes[at] != UInt8(ascii: "\\"), bytes[at] >= 0x20 { at += 1 }
            guard at < bytes.count else { return nil }
            if bytes[at] == quote {
                defer { at += 1 }
                return String(decoding: bytes[start..<at], as: UTF8.self)
            }
            var out = Array(bytes[start..<at])
            while at < bytes.count {
                let b = bytes[at]
                if b == quote { at += 1; return String(decoding: out, as: UTF8.self) }
                guard b >= 0x20 else { return nil }
                guard b == UInt8(ascii: "\\") else { out.append(b); at += 1; continue }
                guard at + 1 < bytes.count else { return nil }
                at += 2
                switch bytes[at - 1] {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: return nil
                }
            }
            return nil
        }

        /// The scalar of `\uXXXX` (the `\u` already read), a surrogate pair taking two.
        mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let high = hex4() else { return nil }
            if (0xD800..<0xDC00).contains(high) {
                guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") else { return nil }
                at += 2
                guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + (high - 0xD800) << 10 + (low - 0xDC00))
            }
            return Unicode.Scalar(high)
        }

        mutating func hex4() -> UInt32? {
            guard at + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[at..<at + 4], as: UTF8.self), radix: 16) else { return nil }
            guard bytes[at..<at + 4].allSatisfy({ $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") }) else { return nil }
            at += 4
            return v
        }
    }
}
