#include "CNcurses.h"

#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static int tty_mode;

static void paste_mode(int on) {
    if (!tty_mode) return;
    const char *sequence = on ? "\033[?2004h" : "\033[?2004l";
    ssize_t ignored = write(STDOUT_FILENO, sequence, strlen(sequence));
    (void)ignored;
}
static int saved_termios_valid = 0;
static SCREEN *screen = NULL;
static FILE *null_out = NULL;
static FILE *null_in = NULL;
static volatile sig_atomic_t pending_signal = 0;
static struct sigaction previous_actions[NSIG];
static MEVENT last_mouse;
// A self-pipe: kt_wake writes a byte, the wait in kt_read ends.
static int wake_pipe[2] = { -1, -1 };

static const int crash_signals[] = { SIGILL, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGTRAP };
static const int quit_signals[] = { SIGTERM, SIGHUP, SIGINT };

// The environment's locale; where it names one that is not installed (nl_NL.UTF-8 on a server
// with only C.UTF-8), the C library would fall back to ASCII. The language follows the
// variable's text elsewhere; here its character set still counts: UTF-8 through C.UTF-8.
static int names_utf8(const char *value) {
    char lowered[64];
    size_t length = strlen(value);
    if (length >= sizeof lowered) length = sizeof lowered - 1;
    for (size_t i = 0; i < length; i++) lowered[i] = (value[i] >= 'A' && value[i] <= 'Z') ? value[i] + 32 : value[i];
    lowered[length] = '\0';
    return strstr(lowered, "utf-8") != NULL || strstr(lowered, "utf8") != NULL;
}

static void use_locale(void) {
    if (setlocale(LC_ALL, "") != NULL) return;
    const char *names[] = { "LC_ALL", "LC_CTYPE", "LANG" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *value = getenv(names[i]);
        if (value == NULL || value[0] == '\0') continue;
        if (names_utf8(value)) setlocale(LC_ALL, "C.UTF-8");
        return;
    }
}

int kt_start(int tty, const char *term, int escape_delay_ms) {
    use_locale();
    tty_mode = tty;
    if (tty) {
        if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) saved_termios_valid = 1;
        if (initscr() == NULL) return -1;
    } else {
        null_out = fopen("/dev/null", "w");
        null_in = fopen("/dev/null", "r");
        if (null_out == NULL || null_in == NULL) return -1;
        screen = newterm(term, null_out, null_in);
        if (screen == NULL) return -1;
        set_term(screen);
    }
    if (tty && wake_pipe[0] < 0) {
        if (pipe(wake_pipe) == 0) {
            for (int i = 0; i < 2; i++) {
                fcntl(wake_pipe[i], F_SETFL, fcntl(wake_pipe[i], F_GETFL) | O_NONBLOCK);
                fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
            }
        } else {
            wake_pipe[0] = wake_pipe[1] = -1;
        }
    }
    if (tty) {
        // Bracketed paste: pasted text arrives between two markers, as one paste rather than
        // as keys (so a line break in it is not Enter).
        define_key("\033[200~", KT_KEY_PASTE_START);
        define_key("\033[201~", KT_KEY_PASTE_END);
        paste_mode(1);
    }
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(escape_delay_ms);
    curs_set(0);
    if (has_colors()) {
        start_color();
        use_default_colors();
    }
    return 0;
}

void kt_stop(void) {
    if (isendwin() && screen == NULL && !tty_mode) return;
    paste_mode(0);
    endwin();
    if (screen != NULL) {
        delscreen(screen);
        screen = NULL;
        if (null_out) fclose(null_out);
        if (null_in) fclose(null_in);
        null_out = null_in = NULL;
    }
}

int kt_lines(void) { return LINES; }
int kt_cols(void) { return COLS; }
int kt_has_colors(void) { return has_colors() ? 1 : 0; }
int kt_color_count(void) { return COLORS; }

int kt_define_pair(short pair, short foreground, short background) {
    return init_pair(pair, foreground, background);
}

static attr_t to_attr(int attributes) {
    attr_t a = A_NORMAL;
    if (attributes & KT_BOLD) a |= A_BOLD;
    if (attributes & KT_REVERSE) a |= A_REVERSE;
    if (attributes & KT_UNDERLINE) a |= A_UNDERLINE;
    if (attributes & KT_DIM) a |= A_DIM;
    return a;
}

int kt_put(int y, int x, const wchar_t *chars, int count, int attributes, short pair) {
    wchar_t text[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX - 1 ? count : CCHARW_MAX - 1;
    for (int i = 0; i < n; i++) text[i] = chars[i];
    text[n] = L'\0';
    cchar_t cell;
    if (setcchar(&cell, text, to_attr(attributes), pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &cell);
}

void kt_flush(void) {
    move(LINES - 1, COLS - 1);
    wnoutrefresh(stdscr);
    doupdate();
}

void kt_invalidate(void) {
    clearok(curscr, TRUE);
}

void kt_wake(void) {
    if (wake_pipe[1] < 0) return;
    char byte = 1;
    ssize_t ignored = write(wake_pipe[1], &byte, 1);
    (void)ignored;
}

int kt_read(int timeout_ms, unsigned int *code) {
    wint_t ch;
    if (tty_mode && wake_pipe[0] >= 0) {
        // What curses holds already (the rest of a sequence, keys typed ahead) comes first;
        // then wait for the terminal or a wake, whichever is first.
        timeout(0);
        int result = get_wch(&ch);
        if (result != ERR) {
            *code = (unsigned int)ch;
            if (result == KEY_CODE_YES) {
                if (ch == KEY_MOUSE) getmouse(&last_mouse);
                return KT_KEY;
            }
            return KT_CHAR;
        }
        struct pollfd fds[2] = { { STDIN_FILENO, POLLIN, 0 }, { wake_pipe[0], POLLIN, 0 } };
        int ready = poll(fds, 2, timeout_ms);
        if (ready <= 0) return KT_NONE;  // the timeout, or a signal (a resize is read next time)
        if (fds[1].revents & POLLIN) {
            char drain[64];
            while (read(wake_pipe[0], drain, sizeof drain) > 0) {}
            return KT_NONE;
        }
        // The terminal has input: curses reads it, as it did without the wait above.
    }
    timeout(timeout_ms);
    int result = get_wch(&ch);
    if (result == ERR) return KT_NONE;
    *code = (unsigned int)ch;
    if (result == KEY_CODE_YES) {
        if (ch == KEY_MOUSE) getmouse(&last_mouse);
        return KT_KEY;
    }
    return KT_CHAR;
}

int kt_read_cell(int y, int x, wchar_t *chars, int capacity, int *attributes, short *pair) {
    cchar_t cell;
    if (mvin_wch(y, x, &cell) == ERR) return ERR;
    wchar_t text[CCHARW_MAX + 1];
    attr_t attrs;
    short color;
    if (getcchar(&cell, text, &attrs, &color, NULL) == ERR) return ERR;
    int n = 0;
    while (n < capacity - 1 && n < CCHARW_MAX && text[n] != L'\0') { chars[n] = text[n]; n++; }
    chars[n] = L'\0';
    int a = 0;
    if (attrs & A_BOLD) a |= KT_BOLD;
    if (attrs & A_REVERSE) a |= KT_REVERSE;
    if (attrs & A_UNDERLINE) a |= KT_UNDERLINE;
    if (attrs & A_DIM) a |= KT_DIM;
    *attributes = a;
    *pair = color;
    return n;
}

int kt_mouse(int on) {
    mmask_t old;
    mmask_t mask = on ? (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED) : 0;
    return (int)mousemask(mask, &old);
}

int kt_mouse_event(int *kind, int *x, int *y) {
    *x = last_mouse.x;
    *y = last_mouse.y;
    if (last_mouse.bstate & BUTTON4_PRESSED) *kind = 1;
    else if (last_mouse.bstate & BUTTON5_PRESSED) *kind = 2;
    else if (last_mouse.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) *kind = 3;
    else *kind = 0;
    return *kind;
}

// Async-signal-safe: only tcsetattr and write. Leaves the alternate screen, shows the cursor,
// resets attributes and mouse reporting, and puts the saved terminal modes back.
static void restore_terminal_now(void) {
    if (!tty_mode) return;
    static const char sequence[] = "\033[0m\033[?2004l\033[?1000l\033[?1002l\033[?1006l\033[?1049l\033[?25h\r\n";
    ssize_t ignored = write(STDOUT_FILENO, sequence, sizeof sequence - 1);
    (void)ignored;
    if (saved_termios_valid) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
}

static void on_crash(int sig, siginfo_t *info, void *context) {
    restore_terminal_now();
    struct sigaction *previous = &previous_actions[sig];
    // Chain to whoever handled it before (the Swift runtime's crash reporter): it prints its
    // report on the normal screen now.
    sigaction(sig, previous, NULL);
    if (previous->sa_flags & SA_SIGINFO) {
        if (previous->sa_sigaction != NULL) previous->sa_sigaction(sig, info, context);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(sig);
    }
    // If it returns (or there was none), die of the signal as we would have.
    signal(sig, SIG_DFL);
    raise(sig);
}

static void on_quit(int sig) {
    pending_signal = sig;
    if (sig == SIGHUP) {
        // The terminal is gone: nobody will read keys to notice the flag in time.
        restore_terminal_now();
    }
}

void kt_install_signal_handlers(void) {
    // A parent may have left these blocked (threads of Foundation and Dispatch block signals,
    // and a mask is inherited through fork and exec): then SIGTERM, SIGWINCH or Ctrl-Z would
    // never arrive. Unblock everything the terminal depends on.
    sigset_t wanted;
    sigemptyset(&wanted);
    const int needed[] = { SIGTERM, SIGHUP, SIGINT, SIGTSTP, SIGCONT, SIGWINCH, SIGTTIN, SIGTTOU,
                           SIGILL, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGTRAP };
    for (size_t i = 0; i < sizeof needed / sizeof needed[0]; i++) sigaddset(&wanted, needed[i]);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);

    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_sigaction = on_crash;
    action.sa_flags = SA_SIGINFO | SA_NODEFER;
    for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        sigaction(crash_signals[i], &action, &previous_actions[crash_signals[i]]);
    }
    struct sigaction quit;
    memset(&quit, 0, sizeof quit);
    sigemptyset(&quit.sa_mask);
    quit.sa_handler = on_quit;
    for (size_t i = 0; i < sizeof quit_signals / sizeof quit_signals[0]; i++) {
        sigaction(quit_signals[i], &quit, &previous_actions[quit_signals[i]]);
    }
}

int kt_pending_signal(void) {
    return pending_signal;
}

void kt_suspend(void) {
    def_prog_mode();
    paste_mode(0);
    endwin();
    struct sigaction stop, previous;
    memset(&stop, 0, sizeof stop);
    sigemptyset(&stop.sa_mask);
    stop.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &stop, &previous);
    kill(getpid(), SIGTSTP);
    // Here again after `fg`.
    sigaction(SIGTSTP, &previous, NULL);
    reset_prog_mode();
    paste_mode(1);
    clearok(curscr, TRUE);
    refresh();
}

void kt_reraise(int sig) {
    signal(sig, SIG_DFL);
    raise(sig);
}
