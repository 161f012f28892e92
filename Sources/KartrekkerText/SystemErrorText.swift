import Foundation

/// What the operating system said went wrong with a file, in the person's language: the C
/// library words it in English only (this machine has no other locale), so the errors a team
/// lead meets are said here in Dutch too.
public enum SystemErrorText {
    /// `code` (an `errno`) in `language`.
    public static func text(_ code: Int32, in language: Language) -> String {
        guard language == .dutch else { return String(cString: strerror(code)) }
        switch code {
        case ENOENT: return "bestand of map bestaat niet"
        case EACCES, EPERM: return "geen toestemming"
        case EISDIR: return "is een map"
        case ENOTDIR: return "een deel van het pad is geen map"
        case EEXIST: return "bestaat al"
        case ENOSPC: return "de schijf is vol"
        case EROFS: return "alleen-lezen bestandssysteem"
        case EDQUOT: return "schijfquotum bereikt"
        case EIO: return "lees- of schrijffout van het apparaat"
        case ENAMETOOLONG: return "de naam is te lang"
        case ELOOP: return "te veel symbolische koppelingen"
        case EMFILE, ENFILE: return "te veel open bestanden"
        case EPIPE: return "de ontvanger is gesloten"
        default: return "systeemfout \(code) (\(String(cString: strerror(code))))"
        }
    }

    /// A Foundation error about a file in `language`: by its POSIX code where it has one.
    public static func text(_ error: any Error, in language: Language) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return text(Int32(error.code), in: language) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return text(Int32(underlying.code), in: language)
        }
        switch error.code {
        case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return text(ENOENT, in: language)
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return text(EACCES, in: language)
        case NSFileWriteOutOfSpaceError: return text(ENOSPC, in: language)
        case NSFileWriteVolumeReadOnlyError: return text(EROFS, in: language)
        default: return error.localizedDescription
        }
    }
}
