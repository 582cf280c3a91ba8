#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A coding key for any string or index (used to list and report keys).
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { stringValue = "\(intValue)"; self.intValue = intValue }
}

extension Decoder {
    /// A keyed container that rejects keys `K` does not name (typos must not pass silently).
    public func strictContainer<K: CodingKey & CaseIterable>(
        keyedBy type: K.Type, alsoAllowed: [String] = []
    ) throws -> KeyedDecodingContainer<K> {
        let all = try container(keyedBy: AnyKey.self)
        let allowed = Set(K.allCases.map(\.stringValue)).union(alsoAllowed)
        for key in all.allKeys where !allowed.contains(key.stringValue) {
            let near = allowed.sorted().first { EditDistance.distance($0.lowercased(), key.stringValue.lowercased(), limit: 2) != nil }
            let hint = near.map { "did you mean '\($0)'?" }
                ?? "expected one of: \(allowed.filter { $0 != "$schema" }.sorted().joined(separator: ", "))"
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath + [key],
                                                    debugDescription: "unknown key '\(key.stringValue)'; \(hint)"))
        }
        return try container(keyedBy: K.self)
    }
}

extension KeyedDecodingContainer {
    /// Throws a key-pathed error for a value that decoded but makes no sense.
    func invalid(_ key: Key, _ message: String) -> DecodingError {
        DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: message)
    }

    func decode<T: Decodable>(_ key: Key, default value: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? value
    }
}

/// A rule file problem, printed as `file: key.path: message`.
public struct RuleFileError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var keyPath: String
    public var message: String

    public init(file: String, keyPath: String, message: String) {
        self.file = file
        self.keyPath = keyPath
        self.message = message
    }

    public var description: String {
        keyPath.isEmpty ? "\(file): \(message)" : "\(file): \(keyPath): \(message)"
    }

    public init(file: String, decoding error: Error) {
        guard let error = error as? DecodingError else {
            self.init(file: file, keyPath: "", message: "\(error)")
            return
        }
        switch error {
        case .typeMismatch(let type, let context):
            self.init(file: file, keyPath: Self.path(context.codingPath),
                      message: "expected \(Self.typeName(type))")
        case .valueNotFound(let type, let context):
            self.init(file: file, keyPath: Self.path(context.codingPath),
                      message: "expected \(Self.typeName(type)), found null")
        case .keyNotFound(let key, let context):
            self.init(file: file, keyPath: Self.path(context.codingPath + [key]), message: "missing required key")
        case .dataCorrupted(let context):
            var message = context.debugDescription
            if let underlying = context.underlyingError as? CocoaError,
               let detail = underlying.userInfo["NSDebugDescription"] as? String {
                message = "invalid JSON5: \(detail)"
            } else if context.codingPath.isEmpty && message.contains("not valid JSON") {
                message = "invalid JSON5"
            }
            self.init(file: file, keyPath: Self.path(context.codingPath), message: message)
        @unknown default:
            self.init(file: file, keyPath: "", message: "\(error)")
        }
    }

    static func path(_ keys: [CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue { out += "[\(index)]" } else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return out
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch "\(type)" {
        case "String": return "a string"
        case "Int", "Double": return "a number"
        case "Bool": return "true or false"
        case let name where name.hasPrefix("Array"): return "an array"
        case let name where name.hasPrefix("Dictionary"): return "an object"
        default: return "\(type)"
        }
    }
}
