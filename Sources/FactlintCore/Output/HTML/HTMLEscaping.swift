/// HTML escaping for the report. Everything that comes from an article, a rule file or a
/// message goes through here; markup is only ever written by the report's own code.
enum HTML {
    /// Text for element content or a double-quoted attribute value. Control characters
    /// other than tab and line breaks cannot appear in HTML text and become U+FFFD.
    static func escape(_ s: String) -> String { Escape.markup(s, .html) }

    /// Bytes of an article as escaped text (invalid UTF-8 shows as U+FFFD, as editors do).
    static func escape(_ bytes: ArraySlice<UInt8>) -> String {
        escape(String(decoding: bytes, as: UTF8.self))
    }

    /// `name="value"`, escaped.
    static func attribute(_ name: String, _ value: String) -> String {
        "\(name)=\"\(escape(value))\""
    }

}
