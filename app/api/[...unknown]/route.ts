import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";

// Unknown API paths answer in the JSON error shape, not with the HTML 404 page.
function unknownRoute(request: Request) {
  const { pathname } = new URL(request.url);
  return errorResponse(new AppError("not_found", `There is no API route ${pathname}.`));
}

export { unknownRoute as GET, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
