import Foundation
import KartrekkerCore

/// The store's errors, worded for the person at the keyboard.
enum KartrekkerErrorFactory {
    static func lockHeld(path: String, holder: String, seconds: Double) -> KartrekkerError {
        KartrekkerError("the data directory is locked by another kartrekker (\(holder.isEmpty ? "unknown holder" : SafeText.escaped(holder))); waited \(Int(seconds)) s",
                        nl: "de gegevensmap is op slot door een andere kartrekker (\(holder.isEmpty ? "onbekend wie" : SafeText.escaped(holder))); \(Int(seconds)) s gewacht",
                        details: ["lock file: \(path)"], nlDetails: ["slotbestand: \(path)"])
    }

    /// `dutch`: the message in Dutch, where it has been said in Dutch.
    static func damaged(_ file: String, _ line: Int, _ column: Int, _ message: String, nl dutch: String? = nil) -> KartrekkerError {
        KartrekkerError("\(file):\(line):\(column): \(message)", nl: "\(file):\(line):\(column): \(dutch ?? message)",
                        details: ["nothing was changed; mend the file (or restore it) and run `kartrekker check`"],
                        nlDetails: ["er is niets gewijzigd; herstel het bestand (of zet het terug) en draai `kartrekker check`"])
    }

    static func newer(_ file: String, found: Int) -> KartrekkerError {
        KartrekkerError("\(file) has schemaVersion \(found), newer than this kartrekker knows (\(SchemaVersion.newest(forFile: file))); update kartrekker to change this data directory",
                        nl: "\(file) heeft schemaVersion \(found), nieuwer dan deze kartrekker kent (\(SchemaVersion.newest(forFile: file))); werk kartrekker bij om deze gegevensmap te wijzigen")
    }

    static func saveFailed(_ file: String, _ error: any Error) -> KartrekkerError {
        KartrekkerError("could not save \(file): \(error); the previous version is kept",
                        nl: "\(file) kon niet bewaard worden: \(error); de vorige versie blijft")
    }
}
