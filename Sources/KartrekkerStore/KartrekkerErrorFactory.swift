import Foundation
import KartrekkerCore

/// The store's errors, worded for the person at the keyboard.
enum KartrekkerErrorFactory {
    static func lockHeld(path: String, holder: String, seconds: Double) -> KartrekkerError {
        KartrekkerError("the data directory is locked by another kartrekker (\(holder.isEmpty ? "unknown holder" : SafeText.escaped(holder))); waited \(Int(seconds)) s",
                        details: ["lock file: \(path)"])
    }

    static func damaged(_ file: String, _ line: Int, _ column: Int, _ message: String) -> KartrekkerError {
        KartrekkerError("\(file):\(line):\(column): \(message)",
                        details: ["nothing was changed; mend the file (or restore it) and run `kartrekker check`"])
    }

    static func newer(_ file: String, found: Int) -> KartrekkerError {
        KartrekkerError("\(file) has schemaVersion \(found), newer than this kartrekker knows (\(SchemaVersion.current)); update kartrekker to change this data directory")
    }

    static func saveFailed(_ file: String, _ error: any Error) -> KartrekkerError {
        KartrekkerError("could not save \(file): \(error); the previous version is kept")
    }
}
