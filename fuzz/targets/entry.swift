// The one entry point libFuzzer calls. Every target is in one binary, so fuzz/run builds
// the library with the sanitizers once; FACTLINT_FUZZ_TARGET (document or rules) picks one.
import Foundation

private let target: (UnsafePointer<UInt8>, Int) -> CInt = {
    switch ProcessInfo.processInfo.environment["FACTLINT_FUZZ_TARGET"] {
    case "document": return fuzzDocument
    case "rules": return fuzzRules
    case let other: fatalError("fuzz: FACTLINT_FUZZ_TARGET is \(other ?? "unset"); expected document or rules")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { target(data, size) }
