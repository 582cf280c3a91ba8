/// Text escaping for the machine formats, written out so output is byte-for-byte
/// deterministic (no dictionary ordering, no platform differences).
enum Escape {
    /// A JSON string literal, quotes included.
    static func json(_ s: String) -> String {
        // Most strings have nothing to escape: checked on bytes, copied whole.
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else { return "\"" + s + "\"" }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A path as the compiler format prints it: one line that no reader can take for
    /// anything else. Control characters and line separators (a file named "a\n::error …"
    /// would otherwise print a line GitHub Actions runs as a workflow command) become
    /// `\xNN` / `\u{NNNN}`; a path that would start the line with "::" (a workflow
    /// command) gets "./" in front, which names the same file. Colons stay: the matcher
    /// reads the path up to the first ":LINE:COLUMN: ".
    static func compilerPath(_ path: String) -> String {
        // Nothing to escape unless a byte is a control or can start C1 controls or LS/PS.
        guard path.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else {
            return path.hasPrefix("::") ? "./" + path : path
        }
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar.value {
            case 0..<0x20, 0x7F: out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
            case 0x80..<0xA0, 0x2028, 0x2029: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.hasPrefix("::") ? "./" + out : out
    }

    /// Text for an XML attribute or element (control characters XML 1.0 forbids are dropped).
    static func xml(_ s: String) -> String { markup(s, .xml) }
}

/// A tiny JSON writer: objects keep the key order they are written in.
struct JSONWriter {
    private(set) var text = ""
    private var indent = 0
    private let pretty: Bool

    init(pretty: Bool = true) { self.pretty = pretty }

    enum Value {
        case string(String), int(Int), bool(Bool), null
        case object([(String, Value)]), array([Value]), raw(String)
    }

    static func render(_ value: Value, pretty: Bool = true) -> String {
        var w = JSONWriter(pretty: pretty)
        w.write(value)
        return w.text + "\n"
    }

    private mutating func newline() {
        guard pretty else { return }
        text += indent < Self.newlines.count ? Self.newlines[indent] : "\n" + String(repeating: "  ", count: indent)
    }

    /// A line break and the indentation of each level, made once rather than per line.
    private static let newlines = (0..<16).map { "\n" + String(repeating: "  ", count: $0) }

    private mutating func write(_ value: Value) {
        switch value {
        case .string(let s): text += Escape.json(s)
        case .int(let n): text += "\(n)"
        case .bool(let b): text += b ? "true" : "false"
        case .null: text += "null"
        case .raw(let r): text += r
        case .array(let items):
            if items.isEmpty { text += "[]"; return }
            text += "["
            indent += 1
            for (i, item) in items.enumerated() {
                newline()
                write(item)
                if i < items.count - 1 { text += "," }
            }
            indent -= 1
            newline()
            text += "]"
        case .object(let fields):
            if fields.isEmpty { text += "{}"; return }
            text += "{"
            indent += 1
            for (i, (key, field)) in fields.enumerated() {
                newline()
                text += Escape.json(key) + (pretty ? ": " : ":")
                write(field)
                if i < fields.count - 1 { text += "," }
            }
            indent -= 1
            newline()
            text += "}"
        }
    }
}
