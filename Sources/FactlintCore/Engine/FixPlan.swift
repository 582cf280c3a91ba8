/// Applying fixes to one file's bytes, purely.
///
/// Contract: only the bytes of the fixes' ranges change; fixes that overlap an earlier one
/// are skipped (reported, not applied); applying the plan to its own output changes
/// nothing more once the findings are gone.
public struct FixPlan: Sendable {
    public let original: [UInt8]
    public let applied: [Fix]
    public let skipped: [Fix]

    public init(bytes: [UInt8], fixes: [Fix]) {
        original = bytes
        var applied: [Fix] = []
        var skipped: [Fix] = []
        var end = 0
        for fix in fixes.sorted(by: { ($0.byteRange.lowerBound, $0.byteRange.upperBound) < ($1.byteRange.lowerBound, $1.byteRange.upperBound) }) {
            if fix.byteRange.lowerBound < end || fix.byteRange.upperBound > bytes.count || applied.contains(fix) {
                skipped.append(fix)
            } else {
                applied.append(fix)
                end = fix.byteRange.upperBound
            }
        }
        self.applied = applied
        self.skipped = skipped
    }

    public var result: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(original.count)
        var position = 0
        for fix in applied {
            out += original[position..<fix.byteRange.lowerBound]
            out += Array(fix.text.utf8)
            position = fix.byteRange.upperBound
        }
        out += original[position...]
        return out
    }

    /// A unified diff without context (`diff -U0`), which `patch -p0` reads.
    public func unifiedDiff(path: String) -> String {
        guard !applied.isEmpty else { return "" }
        let text = SourceText(bytes: original)
        var byLine: [(line: Int, fixes: [Fix])] = []
        for fix in applied {
            let line = text.lineColumn(of: fix.byteRange.lowerBound).line
            if byLine.last?.line == line { byLine[byLine.count - 1].fixes.append(fix) } else { byLine.append((line, [fix])) }
        }
        var out = "--- \(path)\n+++ \(path)\n"
        for (line, fixes) in byLine {
            let range = text.lineRange(line)
            var new: [UInt8] = []
            var position = range.lowerBound
            for fix in fixes {
                new += original[position..<fix.byteRange.lowerBound]
                new += Array(fix.text.utf8)
                position = fix.byteRange.upperBound
            }
            new += original[position..<range.upperBound]
            out += "@@ -\(line),1 +\(line),1 @@\n-\(text.string(range))\n+\(String(decoding: new, as: UTF8.self))\n"
        }
        return out
    }
}

/// FNV-1a over a file's bytes: enough to notice that a file changed between check and fix.
public enum ContentDigest {
    public static func of(_ bytes: [UInt8]) -> UInt64 { FNV64.of(bytes) }
}
