/// Applying fixes to one file's bytes, purely.
///
/// Contract: only safe fixes are applied (suggestions are left to people); only the bytes
/// of the fixes' ranges change; fixes that overlap an earlier one are skipped (reported,
/// not applied); applying the plan to its own output changes nothing more once the
/// findings are gone.
public struct FixPlan: Sendable {
    public let original: [UInt8]
    public let applied: [Fix]
    public let skipped: [Fix]

    public init(bytes: [UInt8], fixes: [Fix]) {
        original = bytes
        var applied: [Fix] = []
        var skipped: [Fix] = []
        var end = 0
        let order = fixes.filter(\.isSafe).sorted {
            ($0.byteRange.lowerBound, $0.byteRange.upperBound, $0.text) < ($1.byteRange.lowerBound, $1.byteRange.upperBound, $1.text)
        }
        for fix in order where fix != applied.last { // the same fix from two findings applies once
            if fix.byteRange.lowerBound < end || fix.byteRange.upperBound > bytes.count {
                skipped.append(fix)
            } else {
                applied.append(fix)
                end = max(end, fix.byteRange.upperBound)
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

    /// The applied fixes as a unified diff (see `UnifiedDiff`); empty when there are none.
    public func unifiedDiff(path: String) -> String {
        UnifiedDiff.render(path: path, old: original, edits: applied.map { ($0.byteRange, Array($0.text.utf8)) })
    }
}

/// FNV-1a over a file's bytes: enough to notice that a file changed between check and fix.
public enum ContentDigest {
    public static func of(_ bytes: [UInt8]) -> UInt64 { FNV64.of(bytes) }
}
