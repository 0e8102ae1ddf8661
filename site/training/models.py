"""Training: modules volunteers take before field work (training/pages.py), and the record of who finished
which (training/records.py). The pages' routes use the records, so the records sit below the pages and this module
only gathers both for Django."""

from training.pages import TrainingIndexPage, TrainingModulePage
from training.records import Completion, ModuleProgress, QuizAttempt, QuizPaper, new_verification_code

__all__ = [
    "Completion",
    "ModuleProgress",
    "QuizAttempt",
    "QuizPaper",
    "TrainingIndexPage",
    "TrainingModulePage",
    "new_verification_code",
]
