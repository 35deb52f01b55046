<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="What the system reported behind a plain message, folded away: for whoever fixes it, not for the owner." %>
<%@ attribute name="detail" required="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:if test="${not empty detail}"><details class="technical"><summary><fmt:message key="common.technical"/></summary><code><c:out value="${detail}"/></code></details></c:if>
