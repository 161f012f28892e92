// The screens speak through the one table of words, which lives beside them so that the
// command line's documents (the recap, the yearly report) say the same words.
@_exported import KartrekkerWords
