<fmt:message key="verify.title" var="title"/>
<t:layout title="${title}" active="sinkronisasi">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/sinkronisasi'/>"><fmt:message key="common.back"/></a></div>
</div>
<c:choose>
    <c:when test="${onHub}">
        <div class="alert alert-info" role="status"><fmt:message key="verify.onHub"/></div>
    </c:when>
    <c:otherwise>
        <c:if test="${repaired}">
            <fmt:message key="verify.written" var="writtenText"><fmt:param value="${written}"/></fmt:message>
            <div class="alert alert-success" role="status" id="verify-written"><c:out value="${writtenText}"/></div>
            <h2 class="section-title"><fmt:message key="verify.fresh"/></h2>
        </c:if>
        <c:choose>
            <c:when test="${report.same()}">
                <fmt:message key="verify.same" var="sameText"><fmt:param value="${report.chunksCompared()}"/></fmt:message>
                <div class="alert alert-success" role="status" id="verify-same"><c:out value="${sameText}"/></div>
            </c:when>
            <c:otherwise>
                <div class="alert alert-warn" role="status" id="verify-differs"><fmt:message key="verify.differs"/></div>
                <c:forEach items="${report.differences()}" var="d">
                    <section class="card diff-table">
                        <h2><c:out value="${d.table().sqlName()}"/></h2>
                        <fmt:message key="verify.rows" var="rowsText"><fmt:param value="${fn:length(d.rowIds())}"/></fmt:message>
                        <p><c:out value="${rowsText}"/></p>
                        <p class="id-list"><c:forEach items="${d.rowIds()}" var="rowId" end="99"><code><c:out value="${rowId}"/></code> </c:forEach>
                            <c:if test="${fn:length(d.rowIds()) > 100}"><fmt:message key="verify.more" var="moreText"><fmt:param value="${fn:length(d.rowIds()) - 100}"/></fmt:message><c:out value="${moreText}"/></c:if></p>
                    </section>
                </c:forEach>
                <c:if test="${not empty report.storeStockMismatches()}">
                    <section class="card diff-table" id="stock-store">
                        <h2><fmt:message key="verify.stockStore"/></h2>
                        <p class="id-list"><c:forEach items="${report.storeStockMismatches()}" var="id" end="99"><code><c:out value="${id}"/></code> </c:forEach></p>
                    </section>
                </c:if>
                <form method="post" action="<c:url value='/sinkronisasi/perbaiki'/>" class="actions">
                    <t:csrf/>
                    <button type="submit" class="btn btn-primary" id="repair-now"><fmt:message key="verify.repair"/></button>
                    <span class="muted"><fmt:message key="verify.repairHint"/></span>
                </form>
            </c:otherwise>
        </c:choose>
    </c:otherwise>
</c:choose>
</t:layout>
