<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="The hidden CSRF token every POST form carries." %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<input type="hidden" name="_csrf" value="<c:out value='${csrfToken}'/>">
