#ifndef CNCURSES_H
#define CNCURSES_H

// SwiftPM drops pkg-config's -D flags: the wide-character API needs these before the include.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <ncurses.h>
#include <wchar.h>

// Attribute bits the Swift side asks for (macros like A_BOLD do not import).
enum {
    KT_BOLD = 1, KT_REVERSE = 2, KT_UNDERLINE = 4, KT_DIM = 8,
};

// What kt_read returns.
enum {
    KT_NONE = 0,      // nothing within the timeout
    KT_CHAR = 1,      // *code is a Unicode code point (control characters included)
    KT_KEY = 2,       // *code is an ncurses KEY_* code
};

// Key codes the Swift side maps (the KEY_* macros, as values).
enum {
    KT_KEY_UP = KEY_UP, KT_KEY_DOWN = KEY_DOWN, KT_KEY_LEFT = KEY_LEFT, KT_KEY_RIGHT = KEY_RIGHT,
    KT_KEY_HOME = KEY_HOME, KT_KEY_END = KEY_END, KT_KEY_PPAGE = KEY_PPAGE, KT_KEY_NPAGE = KEY_NPAGE,
    KT_KEY_BACKSPACE = KEY_BACKSPACE, KT_KEY_DC = KEY_DC, KT_KEY_IC = KEY_IC, KT_KEY_BTAB = KEY_BTAB,
    KT_KEY_ENTER = KEY_ENTER, KT_KEY_RESIZE = KEY_RESIZE, KT_KEY_MOUSE = KEY_MOUSE, KT_KEY_F0 = KEY_F0,
    // Our own codes (define_key) for the bracketed-paste markers, above every KEY_* value.
    KT_KEY_PASTE_START = KEY_MAX + 1, KT_KEY_PASTE_END = KEY_MAX + 2,
};

/// Starts curses on the terminal (tty = 1) or, for tests, on /dev/null with terminal type
/// `term` (tty = 0). Saves the terminal's state first so every exit can restore it.
int kt_start(int tty, const char *term, int escape_delay_ms);
/// Ends curses, restoring the terminal.
void kt_stop(void);
int kt_lines(void);
int kt_cols(void);
int kt_has_colors(void);
int kt_color_count(void);
int kt_define_pair(short pair, short foreground, short background);
/// Writes one cell: up to 4 code points of one grapheme cluster.
int kt_put(int y, int x, const wchar_t *chars, int count, int attributes, short pair);
/// Moves the cursor out of the way and pushes the frame to the terminal.
void kt_flush(void);
/// Forces a full repaint on the next flush (Ctrl-L, after a resume).
void kt_invalidate(void);
/// Waits up to `timeout_ms` for input.
int kt_read(int timeout_ms, unsigned int *code);
/// Ends a kt_read that is waiting, from any thread (work done off the key path calls it, so
/// that its answer is drawn at once rather than at the next timeout). Safe in signal handlers.
void kt_wake(void);
/// Reads back a cell (tests): its code points and attributes.
int kt_read_cell(int y, int x, wchar_t *chars, int capacity, int *attributes, short *pair);
/// Mouse: wheel and click reports on or off. Returns the mask in force.
int kt_mouse(int on);
/// The last mouse event: kind 1 wheel up, 2 wheel down, 3 click.
int kt_mouse_event(int *kind, int *x, int *y);

/// Restores the terminal on SIGTERM, SIGHUP, SIGINT (by flag, see kt_pending_signal) and on a
/// crash (SIGILL, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGTRAP: restore, then chain to the
/// handler that was there before, so the crash is still reported).
void kt_install_signal_handlers(void);
/// A terminating signal that arrived (0 when none); the caller ends curses and re-raises it.
int kt_pending_signal(void);
/// Ctrl-Z: ends curses, stops the process, and resumes curses after `fg`.
void kt_suspend(void);
/// Re-raises `sig` with its default action (after curses has ended).
void kt_reraise(int sig);

#endif
