#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file error as one short line for a message. Without full Foundation there is no
/// `localizedDescription`: the system's text for the underlying errno is used
/// ("No such file or directory").
func errorText(_ error: Error) -> String {
    #if canImport(FoundationEssentials)
    if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
    if let cocoa = error as? CocoaError {
        if let posix = cocoa.userInfo["NSUnderlyingError"] as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        return "file error \(cocoa.code.rawValue)"
    }
    return "\(error)"
    #else
    return error.localizedDescription
    #endif
}
