"""HTTP routes for communities, categories and the service menu."""
from flask_smorest import Blueprint

from app.accounts.auth import auth_required, me, require_staff_of
from app.errors import ApiError
from app.menu import service
from app.menu.schemas import (
    CategorySchema,
    CommunityPatchSchema,
    CommunityQuerySchema,
    CommunitySchema,
    MenuItemPatchSchema,
    MenuItemSchema,
    MenuItemsQuerySchema,
    MenuSchema,
)
from app.openapi import created_at, problems
from app.pagination import PAGINATION_HEADER_DOC, paginate
from app.schemas import list_of

blp = Blueprint("menu", __name__, url_prefix="/api/v1", description="Communities and the service menu")


@blp.route("/communities", methods=["GET"])
@blp.arguments(CommunityQuerySchema, location="query")
@blp.response(200, list_of(CommunitySchema), headers=PAGINATION_HEADER_DOC)
def list_communities(query):
    """Communities, nearest first when `lat` and `lng` are given."""
    lat, lng = query.get("lat"), query.get("lng")
    if (lat is None) != (lng is None):
        raise ApiError.validation_failed({"lat" if lat is None else "lng": ["Give both lat and lng, or neither."]})
    items, headers = paginate(service.communities_statement(lat=lat, lng=lng),
                              page=query["page"], page_size=query["page_size"])
    return {"items": service.with_distance(items, lat, lng)}, 200, headers


@blp.route("/communities", methods=["POST"])
@created_at("menu.get_community", community_id="id")
@auth_required("admin")
@blp.arguments(CommunitySchema)
@blp.response(201, CommunitySchema)
def create_community(body):
    """Create a community (admin)."""
    return service.create_community(community_in=body)


@blp.route("/communities/<int:community_id>", methods=["GET"])
@blp.response(200, CommunitySchema)
def get_community(community_id):
    """One community."""
    return service.get_community_or_404(community_id=community_id)


@blp.route("/communities/<int:community_id>", methods=["PATCH"])
@auth_required("admin", "staff")
@blp.arguments(CommunityPatchSchema)
@blp.response(200, CommunitySchema)
@problems(403, "forbidden", "not_community_staff")
def update_community(body, community_id):
    """Change a community: admins anything, its staff the dispatch policy and settings."""
    community = service.get_community_or_404(community_id=community_id)
    return service.update_community(community=community, community_in=body, user=me())


@blp.route("/communities/<int:community_id>/menu", methods=["GET"])
@blp.response(200, MenuSchema)
def get_menu(community_id):
    """The active menu of a community."""
    community = service.get_community_or_404(community_id=community_id)
    return {"community": community, "items": service.active_menu(community_id=community.id)}


@blp.route("/communities/<int:community_id>/menu-items", methods=["GET"])
@auth_required("staff", "admin")
@blp.arguments(MenuItemsQuerySchema, location="query")
@blp.response(200, list_of(MenuItemSchema), headers=PAGINATION_HEADER_DOC)
@problems(403, "not_community_staff")
def list_menu_items(query, community_id):
    """Every item of the community's menu, archived ones too when asked (staff of that community)."""
    community = service.get_community_or_404(community_id=community_id)
    require_staff_of(me(), community.id)
    items, headers = paginate(
        service.items_statement(community_id=community.id, include_archived=query["include_archived"]),
        page=query["page"], page_size=query["page_size"])
    return {"items": items}, 200, headers


@blp.route("/communities/<int:community_id>/menu-items", methods=["POST"])
@auth_required("staff", "admin")
@blp.arguments(MenuItemSchema)
@blp.response(201, MenuItemSchema)
@problems(403, "not_community_staff")
@problems(422, "unknown_category")
def create_menu_item(body, community_id):
    """Add an item to the menu (staff of that community)."""
    community = service.get_community_or_404(community_id=community_id)
    return service.create_item(community=community, item_in=body, user=me())


@blp.route("/menu-items/<int:item_id>", methods=["PATCH"])
@auth_required("staff", "admin")
@blp.arguments(MenuItemPatchSchema)
@blp.response(200, MenuItemSchema)
@problems(403, "not_community_staff")
@problems(409, "menu_item_archived")
@problems(422, "unknown_category")
def update_menu_item(body, item_id):
    """Edit an item; orders already placed keep the terms they were placed under."""
    return service.update_item(item=service.get_item_for_staff(item_id=item_id, user=me()), item_in=body)


@blp.route("/menu-items/<int:item_id>", methods=["DELETE"])
@auth_required("staff", "admin")
@blp.response(204)
@problems(403, "not_community_staff")
def archive_menu_item(item_id):
    """Archive an item: it leaves the menu and can no longer be ordered."""
    service.archive_item(item=service.get_item_for_staff(item_id=item_id, user=me()))


@blp.route("/categories", methods=["GET"])
@blp.response(200, list_of(CategorySchema))
def list_categories():
    """Categories shared by menus and volunteer skills (public: volunteers pick their skills from them)."""
    return {"items": service.get_all_categories()}


@blp.route("/categories", methods=["POST"])
@auth_required("admin")
@blp.arguments(CategorySchema)
@blp.response(201, CategorySchema)
@problems(409, "category_exists")
def create_category(body):
    """Add a category (admin)."""
    return service.create_category(category_in=body)
