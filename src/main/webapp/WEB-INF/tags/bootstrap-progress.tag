<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="A new store filling itself from the hub: how far it is, followed live by page.js for the back office." %>
<%@ attribute name="status" required="true" type="id.cermin.mirror.web.MirrorStatus" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="cermin" uri="urn:cermin" %>
<c:if test="${status.bootstrapCopied() >= 0}">
    <c:set var="req" value="${pageContext.request}"/>
    <fmt:message key="mirror.bootstrapCopied" var="template"><fmt:param value="{0}"/></fmt:message>
    <fmt:message key="mirror.bootstrapCopied" var="copiedText"><fmt:param value="${cermin:count(status.bootstrapCopied())}"/></fmt:message>
    <div class="alert alert-info progress-note" id="bootstrap-progress" role="status"
         data-template="<c:out value='${template}'/>"
         <c:if test="${req.isUserInRole('OWNER') or req.isUserInRole('ADMIN')}">data-bootstrap-status="<c:url value='/api/mirror/status'/>"</c:if>>
        <strong><span class="spinner" aria-hidden="true"></span><fmt:message key="mirror.bootstrap"/></strong>
        <progress aria-label="<c:out value='${copiedText}'/>"></progress>
        <span data-count><c:out value="${copiedText}"/></span>
    </div>
</c:if>
