"""Imports every domain's models, so the metadata is whole wherever it is read (migrations, tests, commands)."""
from app import idempotency  # noqa: F401
from app.accounts import models as accounts_models  # noqa: F401
from app.menu import models as menu_models  # noqa: F401
from app.matching import models as matching_models  # noqa: F401
from app.orders import models as orders_models  # noqa: F401
from app.points import models as points_models  # noqa: F401
from app.notify import models as notify_models  # noqa: F401
from app.wechat import models as wechat_models  # noqa: F401
from app.records import models as records_models  # noqa: F401
from app.teams import models as teams_models  # noqa: F401
from app.activities import models as activities_models  # noqa: F401
from app.series import models as series_models  # noqa: F401
