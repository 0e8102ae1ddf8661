import factory
import wagtail_factories
from wagtail.rich_text import RichText

from training.models import TrainingIndexPage, TrainingModulePage


def lesson(heading, body="<p>Nội dung bài học.</p>", guides=()):
    return (
        "lesson",
        {
            "heading": heading,
            "body": RichText(body),
            "image": {"image": None, "alt_text": ""},
            "video": None,
            "guides": list(guides),
        },
    )


def question(text, choices, explanation="<p>Vì đó là cách an toàn.</p>"):
    """choices: [(text, correct), ...]"""
    return (
        "question",
        {
            "question": text,
            "choices": [{"text": choice, "correct": correct} for choice, correct in choices],
            "explanation": RichText(explanation),
        },
    )


class TrainingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Đào tạo"
    slug = "dao-tao"

    class Meta:
        model = TrainingIndexPage


class TrainingModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Học phần {n}")
    slug = factory.Sequence(lambda n: f"hoc-phan-{n}")
    summary = "Học phần cho thành viên tổ."
    pass_mark = 50
    lessons = factory.LazyFunction(lambda: [lesson("Bài một"), lesson("Bài hai")])
    quiz = factory.LazyFunction(
        lambda: [
            question("Có được hỏi mã OTP của người dân không?", [("Không bao giờ", True), ("Có, nếu cần", False)]),
            question(
                "Những giấy tờ nào có trên VNeID?",
                [("Căn cước", True), ("Giấy phép lái xe", True), ("Sổ đỏ bản gốc", False)],
            ),
        ]
    )

    class Meta:
        model = TrainingModulePage
