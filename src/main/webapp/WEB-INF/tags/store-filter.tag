<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="On the hub, inside a GET form: the store the page is narrowed to (toko), all stores by default." %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<c:if test="${not empty storeChoices}">
    <label><fmt:message key="report.store"/>
        <select name="toko" id="store-filter">
            <option value=""><fmt:message key="report.allStores"/></option>
            <c:forEach items="${storeChoices}" var="b"><option value="<c:out value='${b.node}'/>" ${b.node == storeFilter ? 'selected' : ''}><c:out value="${b.label}"/></option></c:forEach>
        </select></label>
</c:if>
