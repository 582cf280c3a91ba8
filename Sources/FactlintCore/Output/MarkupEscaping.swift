/// The one escaper for markup, shared by the XML formats (Checkstyle, JUnit) and the HTML
/// report. They differ only where the formats do: how an apostrophe is spelled, whether
/// line breaks are kept or written as references (an XML attribute value would fold
/// them into spaces), and what becomes of a character the format cannot hold.
extension Escape {
    enum Markup {
        /// Line breaks and tabs as character references; forbidden characters dropped.
        case xml
        /// Tab and line feed kept, CR dropped; forbidden characters (C0 and C1 controls,
        /// noncharacters) shown as U+FFFD, as browsers show bad bytes.
        case html
    }

    /// Text for an element or a double-quoted attribute value.
    static func markup(_ s: String, _ format: Markup) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += format == .xml ? "&apos;" : "&#39;"
            case "\t", "\n", "\r":
                if format == .xml { out += "&#\(scalar.value);" } else if scalar != "\r" { out.unicodeScalars.append(scalar) }
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                || (format == .html && (0x7F...0x9F).contains(scalar.value)):
                if format == .html { out += "\u{FFFD}" }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
