extension String {
    /// Every occurrence of `target` replaced by `replacement`, left to right, matched scalar
    /// by scalar (so "\r" is found inside "\r\n", as Foundation's `replacingOccurrences`
    /// finds it; the standard library's `replacing` matches whole characters).
    public func replacingScalars(_ target: String, with replacement: String) -> String {
        let pattern = Array(target.unicodeScalars)
        let scalars = Array(unicodeScalars)
        guard !pattern.isEmpty, scalars.count >= pattern.count else { return self }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if i + pattern.count <= scalars.count, scalars[i..<(i + pattern.count)].elementsEqual(pattern) {
                out.append(contentsOf: replacement.unicodeScalars)
                i += pattern.count
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The text without leading and trailing white space as Foundation's character sets
    /// define it: `.whitespaces` (tab, the space separators, zero width space), and with
    /// `newlines` also U+000A–U+000D, U+0085 and the line and paragraph separators
    /// (`.whitespacesAndNewlines`).
    public func trimmingSpaces(newlines: Bool = false) -> String {
        let scalars = unicodeScalars
        func blank(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return newlines
            default: return false
            }
        }
        guard let first = scalars.firstIndex(where: { !blank($0) }),
              let last = scalars.lastIndex(where: { !blank($0) }) else { return "" }
        return String(scalars[first...last])
    }
}

extension Substring {
    public func trimmingSpaces(newlines: Bool = false) -> String { String(self).trimmingSpaces(newlines: newlines) }
}
