"""Plain-language checks of a guide shown to editors while they edit it (guides/panels.py) and after saving
(guides/wagtail_hooks.py). They read the guide they are given and import no model, so the panels the model declares
can use them (guides/models.py imports guides/panels.py, which imports this module).

The writing rules they check are the ones in the editors' writing guide (guides/admin/writing_guide.html): one action
per step, buttons named as the app shows them, the scam rules on every step that asks for a code, sentences of at
most 25 syllables, and "chạm" (never "bấm") for touching the screen. They run on every edit page render: text is
read once per field with precompiled patterns, no database query, and in time linear in its length: no pattern can
backtrack over a long run of text, and nothing reads the text from its start again for each match.
"""

import html
import re
import unicodedata
from functools import partial

from django.utils.translation import gettext as _

STEP_WORD_LIMIT = 40
IMAGE_ONLY_WORDS = 3
SENTENCE_SYLLABLE_LIMIT = 25
QUOTE_WORDS = 8

# Bold text (a button's name as the app shows it) is kept apart from the rest with these two marks.
BOLD_OPEN, BOLD_CLOSE = "\ue000", "\ue001"
BOLD_OPEN_TAG = re.compile(r"<\s*(b|strong)(\s[^>]*)?>", re.IGNORECASE)
BOLD_CLOSE_TAG = re.compile(r"<\s*/\s*(b|strong)\s*>", re.IGNORECASE)
LINE_END_TAG = re.compile(r"<\s*(?:/\s*)?(br|p|li|h[1-6]|ol|ul|div|blockquote)(\s[^>]*)?/?\s*>", re.IGNORECASE)
ANY_TAG = re.compile(r"<[^>]*>")
BOLD_SPAN = re.compile(f"{BOLD_OPEN}[^{BOLD_CLOSE}]*{BOLD_CLOSE}?")
ASIDE = re.compile(r"\([^()]*\)")
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
WORD = re.compile(r"\w+|[,;:]")
# Starting only where a word starts: from inside a long run of signs, it would rescan the run at each sign.
SYLLABLE = re.compile(r"(?<!\S)[^\s\w]*\w\S*")

# Verbs that start an instruction the person carries out on the phone; "đăng nhập" is matched as two words.
ACTION_VERBS = frozenset(["chạm", "bấm", "nhấn", "ấn", "nhập", "chọn", "mở", "tải", "gõ", "điền", "chụp", "quét"])
# Further verbs that, after "rồi", make a second action ("chờ 2 phút rồi thử lại").
CHAINED_VERBS = ACTION_VERBS | frozenset(
    ["thử", "chờ", "đợi", "giữ", "kéo", "vuốt", "đọc", "xem", "gửi", "cài", "bật", "tắt", "ghi", "chép", "kiểm"]
)
LEADING_WORDS = frozenset(["hãy", "bạn", "thì"])
# A sentence starting with these offers an alternative or handles a problem: it is not a further action.
ALTERNATIVE_STARTS = ("nếu", "hoặc", "muốn", "trường hợp", "trong trường hợp", "lỡ", "nhỡ", "không thấy", "chưa thấy")
# A sentence holding these gives advice ("Chọn cùng ngân hàng có thể đỡ phí"): it is not a further action either.
ADVICE_WORDS = re.compile(r"\b(có thể|thì)\b")

BUTTON = re.compile(r"\bnút\b(?P<rest>[^.,;:!?()\n]*)", re.IGNORECASE)
PRESSED_BEFORE = re.compile(r"\b(chạm|bấm|nhấn|ấn|chọn)(\s+vào)?\s*$", re.IGNORECASE)
# How much text before a "nút" is read for the verb pressing it ("chạm vào nút"): the verb is right before it.
PRESSED_WINDOW = 40
# What the button looks like or where it is: enough when its label is not certain ("nút có hình kính lúp ở trên
# cùng", "nút xác nhận ở cuối màn hình"). A colour or "để tiếp tục" is never enough (VAGUE_BUTTON).
BUTTON_PLACE = re.compile(r"^\s*(có\s+)?(hình|biểu\s+tượng|dấu)\b", re.IGNORECASE)
BUTTON_WHERE = re.compile(
    r"\b(ở|ngay|nằm)?\s*(cuối|đầu|góc|trên\s+cùng|dưới\s+cùng|dưới\s+ô|dưới\s+các|bên\s+phải|bên\s+trái|"
    r"phía\s+trên|phía\s+dưới|cạnh\s+ô|giữa\s+màn\s+hình)\b",
    re.IGNORECASE,
)
BUTTON_COLOUR = re.compile(
    r"^\s*(màu\s+)?(xanh|đỏ|vàng|cam|tím|hồng|trắng|đen|xám)\b|^\s*(để\s+tiếp\s+tục|này|kia|đây)\b", re.IGNORECASE
)
HARDWARE_KEY = re.compile(r"^\s*(nguồn|âm\s+lượng|tăng|giảm|home|bên\s+hông|cạnh)\b", re.IGNORECASE)
VAGUE_BUTTON = re.compile(
    r"^\s*(để\s+tiếp\s+tục|tiếp\s+tục|tìm|xanh|đỏ|vàng|cam|màu|này|kia|đó|trên|dưới|bên|phía|ở)\b",
    re.IGNORECASE,
)
HERE_LINK = re.compile(r"\b(chạm|bấm|nhấn|ấn)\s+(vào\s+|tại\s+)?(đây|chỗ\s+này|link\s+này|đường\s+link\s+này)\b")

CODE_WORDS = re.compile(r"\b(otp|passcode|mã\s+pin|mã\s+kích\s+hoạt|mã\s+xác\s+thực|mã\s+xác\s+nhận)\b")
PIN_ALONE = re.compile(r"\bPIN\b")
PASSWORD = re.compile(r"\bmật\s+khẩu\b")
# A sentence with the word "mật khẩu" and a clause starting with these asks the person to type a password.
TYPING_VERBS = frozenset(["nhập", "gõ", "điền", "tạo", "đăng nhập"])

TOUCH = re.compile(r"\bchạm\b", re.IGNORECASE)
PRESS = re.compile(r"\bbấm\b", re.IGNORECASE)


def marked_text(source):
    """Rich text or plain text as NFC-normalised plain text: one line per paragraph or list item, entities decoded,
    bold spans kept between BOLD_OPEN and BOLD_CLOSE."""
    source = str(getattr(source, "source", source) or "")
    # Every tag ends with ">": the text after the last one holds none, and a tag pattern trying each "<" there would
    # read on to the end each time.
    end = source.rfind(">") + 1
    text = BOLD_OPEN_TAG.sub(BOLD_OPEN, source[:end])
    text = BOLD_CLOSE_TAG.sub(BOLD_CLOSE, text)
    text = LINE_END_TAG.sub("\n", text)
    text = html.unescape(ANY_TAG.sub("", text) + source[end:])
    return unicodedata.normalize("NFC", text)


def plain(text):
    return text.replace(BOLD_OPEN, "").replace(BOLD_CLOSE, "")


def sentences(text):
    """A marked text's sentences: split at . ! ? and at the end of a line or list item."""
    return [sentence.strip() for sentence in SENTENCE_END.split(text) if sentence.strip()]


def syllables(sentence):
    """Vietnamese syllables: the space-separated words holding a letter or digit."""
    return SYLLABLE.findall(plain(sentence))


def quote(sentence):
    words = plain(sentence).split()
    return " ".join(words[:QUOTE_WORDS]) + (" …" if len(words) > QUOTE_WORDS else "")


def clauses(sentence):
    """The clauses of a sentence as (joiner, words): joiner is how the clause hangs on the previous one ("" for the
    first, "," for a comma, or "và", "rồi", "sau đó", "hoặc"). Button names and asides in brackets are left out."""
    words = WORD.findall(ASIDE.sub(" ", BOLD_SPAN.sub(" X ", sentence)).lower())
    result, joiner, current, index = [], "", [], 0
    while index < len(words):
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else ""
        if word == "và" and following == "sau":
            index += 1
            continue
        if word == "sau" and following == "đó" and (current or result):
            next_joiner, index = "sau đó", index + 2
        elif word in {",", ";", ":", "và", "rồi", "hoặc"}:
            next_joiner, index = word, index + 1
        else:
            current.append(word)
            index += 1
            continue
        if current:
            result.append((joiner, current))
            joiner = next_joiner
        elif next_joiner != ",":
            joiner = next_joiner
        current = []
    if current:
        result.append((joiner, current))
    return result


def leading_verb(words):
    """The action verb a clause starts with (after "hãy", "bạn"...), or ""."""
    start = 0
    while start < len(words) and words[start] in LEADING_WORDS:
        start += 1
    if start == len(words):
        return ""
    if words[start] == "đăng" and words[start + 1 : start + 2] == ["nhập"]:
        return "đăng nhập"
    return words[start]


def action_words(words):
    """How a clause's action is named in a warning: its verb, or its first two words."""
    verb = leading_verb(words)
    return verb if verb in CHAINED_VERBS or verb == "đăng nhập" else " ".join(words[:2])


def actions_in(sentence):
    """The actions a sentence asks for, in words ("mở", "rồi chạm"): each clause starting with an action verb, and
    each action chained on with "rồi" or "sau đó" (which makes the clause before it an action too). Alternatives
    ("hoặc chọn...") are not further actions."""
    found, parts = [], clauses(sentence)
    for index, (joiner, words) in enumerate(parts):
        verb = leading_verb(words)
        chained = joiner == "sau đó" or (joiner == "rồi" and (verb in CHAINED_VERBS or verb == "đăng nhập"))
        if chained:
            if not found and index:
                found.append(action_words(parts[0][1]))
            found.append(f"{joiner} {action_words(words)}")
        elif joiner != "hoặc" and (verb in ACTION_VERBS or verb == "đăng nhập"):
            found.append(f"và {verb}" if joiner == "và" else verb)
    return found


def is_alternative(sentence):
    """Whether a sentence offers another way, handles a problem or gives advice, rather than asking for an action."""
    lowered = plain(sentence).lower()
    return " ".join(WORD.findall(lowered)[:3]).startswith(ALTERNATIVE_STARTS) or bool(ADVICE_WORDS.search(lowered))


def step_actions(heading, text):
    """The actions a step asks for, if more than one; the heading may repeat the text's action."""
    heading_actions = actions_in(heading)
    if len(heading_actions) > 1:
        return heading_actions
    text_actions = []
    for sentence in sentences(text):
        found = actions_in(sentence)
        if len(found) > 1:
            return found
        if found and not is_alternative(sentence):
            text_actions.extend(found)
    return text_actions if len(text_actions) > 1 else []


def vague_buttons(text, heading=False):
    """Button mentions that do not name the button: "chạm nút để tiếp tục", "nút xanh", "bấm vào đây"."""
    found = [match.group(0) for match in HERE_LINK.finditer(plain(text).lower())]
    opened = closed = counted_to = 0  # bold marks before the "nút", counted as the matches go
    for match in BUTTON.finditer(text):
        rest, start = match.group("rest"), match.start()
        opened += text.count(BOLD_OPEN, counted_to, start)
        closed += text.count(BOLD_CLOSE, counted_to, start)
        counted_to = start
        if opened > closed:  # "nút" inside a button's name
            continue
        if BOLD_OPEN in rest or BUTTON_PLACE.match(rest) or HARDWARE_KEY.match(rest):
            continue
        if BUTTON_WHERE.search(plain(rest)) and not BUTTON_COLOUR.match(plain(rest)):
            continue
        name = plain(rest).split()
        if heading and name and name[0][:1].isupper():
            continue
        window = max(0, start - PRESSED_WINDOW)
        before = plain(text[window:start])
        pressed = PRESSED_BEFORE.search(before)
        if pressed and window and not pressed.start():  # the word the verb ends may start before the window
            pressed = None
        if pressed or VAGUE_BUTTON.match(plain(rest)):
            prefix = before[pressed.start() :] if pressed else ""
            found.append(quote(prefix + plain(match.group(0))).strip())
    return found


def asks_for_code(heading, text):
    """Whether a step asks the person to type, read or receive an OTP, a PIN, a passcode or a password."""
    for marked in [heading, *sentences(text)]:
        sentence = plain(marked)
        lowered = sentence.lower()
        if CODE_WORDS.search(lowered) or PIN_ALONE.search(sentence):
            return True
        if PASSWORD.search(lowered) and any(leading_verb(words) in TYPING_VERBS for _joiner, words in clauses(marked)):
            return True
    return False


def long_sentences(text):
    return [
        (len(words), sentence)
        for sentence in sentences(text)
        if len(words := syllables(sentence)) > SENTENCE_SYLLABLE_LIMIT
    ]


def field(value, name):
    return marked_text(value.get(name, "") if hasattr(value, "get") else "")


# Where a warning points, in words; only put into words when there is a warning (the checks run on every render).
def step_place(number):
    return _("Bước %(number)s") % {"number": number}


def requirement_place(number):
    return _("Mục cần chuẩn bị thứ %(number)s") % {"number": number}


def troubleshooting_place(number):
    return _("Mục “Khi gặp trục trặc” thứ %(number)s") % {"number": number}


def writing_checks(guide):
    """The writing rules, as warnings naming the step (or the item) they are about."""
    problems = []
    touch_places, press_places = [], []

    def long_sentence_problems(place, text):
        for count, sentence in long_sentences(text):
            problems.append(
                _("%(place)s có câu dài %(count)s tiếng (nên tối đa %(limit)s): “%(quote)s”. Hãy tách thành hai câu.")
                % {"place": place(), "count": count, "limit": SENTENCE_SYLLABLE_LIMIT, "quote": quote(sentence)}
            )

    def vague_button_problems(place, found):
        for words in found:
            problems.append(
                _(
                    "%(place)s gọi nút chung chung: “%(words)s”. Ghi đúng tên nút như trên màn hình và in đậm, "
                    "ví dụ: Chạm Gửi yêu cầu. Chưa chắc tên nút thì nói chỗ tìm: “nút có hình kính lúp ở trên cùng”."
                )
                % {"place": place(), "words": words}
            )

    def verbs_used(place, *texts):
        joined = " ".join(plain(text) for text in texts)
        if TOUCH.search(joined):
            touch_places.append(place)
        if PRESS.search(joined):
            press_places.append(place)

    for number, item in enumerate(guide.requirements, start=1):
        place = partial(requirement_place, number)
        text = marked_text(item.value)
        long_sentence_problems(place, text)
        verbs_used(place, text)

    for number, step in enumerate(guide.steps, start=1):
        place = partial(step_place, number)
        value = step.value
        heading, text = field(value, "heading"), field(value, "text")
        tip, warning = field(value, "tip"), field(value, "warning")
        actions = step_actions(heading, text)
        if actions:
            problems.append(
                _(
                    "Bước %(number)s có hơn một việc (%(actions)s). Mỗi bước chỉ một hành động: việc thứ hai là "
                    "một bước mới."
                )
                % {"number": number, "actions": ", ".join(actions)}
            )
        vague_button_problems(
            place,
            [*vague_buttons(heading, heading=True), *vague_buttons(text), *vague_buttons(tip), *vague_buttons(warning)],
        )
        if not value.get("safety") and asks_for_code(heading, text):
            problems.append(
                _(
                    "Bước %(number)s bảo nhập hoặc nhận mã (OTP, mã PIN, passcode, mật khẩu) nhưng chưa chọn “Kèm quy "
                    "tắc an toàn chống lừa đảo”. Hãy chọn ô đó để người dân đọc quy tắc ngay tại bước này."
                )
                % {"number": number}
            )
        for text_part in (heading, text, tip, warning):
            long_sentence_problems(place, text_part)
        verbs_used(place, heading, text, tip, warning)

    for number, item in enumerate(guide.troubleshooting, start=1):
        place = partial(troubleshooting_place, number)
        question, answer = field(item.value, "question"), field(item.value, "answer")
        vague_button_problems(place, vague_buttons(answer))
        long_sentence_problems(place, question)
        long_sentence_problems(place, answer)
        verbs_used(place, question, answer)

    if touch_places and press_places:
        problems.append(
            _(
                "Trang này dùng cả “chạm” và “bấm” (“bấm” ở: %(places)s). Giữ “chạm” cho mọi thao tác trên màn hình; "
                "nút cứng của điện thoại thì viết “nhấn”, ví dụ: nhấn nút nguồn."
            )
            % {"places": ", ".join(place() for place in press_places)}
        )
    return problems


def content_checks(guide):
    """Plain-language problems an editor should fix; none of them blocks saving."""
    problems = []
    if not guide.requirements:
        problems.append(_("Chưa có mục “Bạn cần chuẩn bị”: người dân cần biết mang gì trước khi bắt đầu."))
    for number, step in enumerate(guide.steps, start=1):
        text = plain(field(step.value, "text"))
        words = len(text.split()) + len(plain(field(step.value, "heading")).split())
        screenshot = step.value["screenshot"]
        if words > STEP_WORD_LIMIT:
            problems.append(
                _("Bước %(number)s dài %(words)s từ; nên dưới %(limit)s từ, hoặc tách thành hai bước.")
                % {"number": number, "words": words, "limit": STEP_WORD_LIMIT}
            )
        if screenshot["image"] and not (screenshot["alt_text"] or "").strip():
            problems.append(_("Ảnh ở bước %(number)s chưa có mô tả cho người không xem được ảnh.") % {"number": number})
        if screenshot["image"] and len(text.split()) < IMAGE_ONLY_WORDS:
            problems.append(
                _("Bước %(number)s gần như chỉ có ảnh: hãy viết ra việc cần làm, vì ảnh có thể không tải được.")
                % {"number": number}
            )
    return problems + writing_checks(guide)
