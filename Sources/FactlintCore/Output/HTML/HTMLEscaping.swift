/// HTML escaping for the report. Everything that comes from an article, a rule file or a
/// message goes through here; markup is only ever written by the report's own code.
enum HTML {
    /// Text for element content or a double-quoted attribute value. Control characters
    /// other than tab and line breaks cannot appear in HTML text and become U+FFFD.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": continue
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Bytes of an article as escaped text (invalid UTF-8 shows as U+FFFD, as editors do).
    static func escape(_ bytes: ArraySlice<UInt8>) -> String {
        escape(String(decoding: bytes, as: UTF8.self))
    }

    /// `name="value"`, escaped.
    static func attribute(_ name: String, _ value: String) -> String {
        "\(name)=\"\(escape(value))\""
    }

}
