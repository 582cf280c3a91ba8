/// Character references (`&amp;`, `&#8217;`, `&#x2019;`) as they appear in Markdown and HTML.
enum HTMLEntities {
    /// The entity starting at `start` (an `&`): its end (after `;`) and character; nil when
    /// it is not one factlint knows. Numeric references are limited to 10 bytes.
    static func entity(in bytes: [UInt8], at start: Int) -> (end: Int, character: Unicode.Scalar)? {
        let limit = min(bytes.count, start + 12)
        var i = start + 1
        if i < limit, bytes[i] == 0x23 { i += 1 } // '#'
        while i < limit, bytes[i] < 0x80, ProseMask.isWordByte(bytes[i]) { i += 1 }
        guard i < limit, bytes[i] == 0x3B, i > start + 1 else { return nil } // ';'
        let name = String(decoding: bytes[(start + 1)..<i], as: UTF8.self)
        let scalar: Unicode.Scalar?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if name.hasPrefix("#") {
            scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
        } else {
            scalar = named[name]
        }
        guard let scalar, scalar.value != 0 else { return nil }
        return (i + 1, scalar)
    }

    /// The named references news pages use (punctuation, spaces, accented Latin letters).
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "shy": "\u{AD}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "sbquo": "\u{201A}", "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "bull": "\u{2022}",
        "middot": "\u{B7}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}",
        "euro": "\u{20AC}", "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}", "sect": "\u{A7}",
        "para": "\u{B6}", "times": "\u{D7}", "divide": "\u{F7}", "minus": "\u{2212}", "plusmn": "\u{B1}",
        "frac12": "\u{BD}", "frac14": "\u{BC}", "frac34": "\u{BE}", "prime": "\u{2032}", "Prime": "\u{2033}",
        "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "Acirc": "Â",
        "auml": "ä", "Auml": "Ä", "atilde": "ã", "Atilde": "Ã", "aring": "å", "Aring": "Å",
        "aelig": "æ", "AElig": "Æ", "ccedil": "ç", "Ccedil": "Ç",
        "eacute": "é", "Eacute": "É", "egrave": "è", "Egrave": "È", "ecirc": "ê", "Ecirc": "Ê", "euml": "ë", "Euml": "Ë",
        "iacute": "í", "Iacute": "Í", "igrave": "ì", "Igrave": "Ì", "icirc": "î", "Icirc": "Î", "iuml": "ï", "Iuml": "Ï",
        "ntilde": "ñ", "Ntilde": "Ñ",
        "oacute": "ó", "Oacute": "Ó", "ograve": "ò", "Ograve": "Ò", "ocirc": "ô", "Ocirc": "Ô",
        "ouml": "ö", "Ouml": "Ö", "otilde": "õ", "Otilde": "Õ", "oslash": "ø", "Oslash": "Ø",
        "uacute": "ú", "Uacute": "Ú", "ugrave": "ù", "Ugrave": "Ù", "ucirc": "û", "Ucirc": "Û", "uuml": "ü", "Uuml": "Ü",
        "yacute": "ý", "Yacute": "Ý", "yuml": "ÿ", "szlig": "ß", "oelig": "œ", "OElig": "Œ",
    ]
}
